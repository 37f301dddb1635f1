/**
 * Settings that shape every command. Layers: defaults → $XDG_CONFIG_HOME/reflect/config.yaml → REFLECT_* env
 * → flags. Built once in cli.ts, frozen, passed in through the Context.
 */
export interface Config {
  /** Set offered first by `reflect new`. */
  defaultSet?: string | undefined;
  /** Editor for long answers and `reflect edit` (after $VISUAL/$EDITOR). */
  editor?: string | undefined;
  /** false turns colours off (like --no-color). */
  color: boolean;
  /** Default `-n` for list and search. */
  count: number;
  /** First day of a week for --week and summaries. */
  weekStart: 'monday' | 'sunday';
  /** Journal path (after --db and REFLECT_DB). */
  db?: string | undefined;
}

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  color: true,
  count: 20,
  weekStart: 'monday',
});
