import { type CommandSpec, flatten, type OptionSpec, type Shell, type ValueSource } from './spec.js';

/**
 * Completion scripts, one renderer per shell. Set ids are fetched when completing (`reflect __complete sets`),
 * falling back to the built-in ids when reflect cannot be run.
 */
export const COMPLETION_SCRIPTS: Record<Shell, (spec: CommandSpec, builtinSets: string[]) => string> = {
  bash: (spec, sets) => bashScript(spec, sets),
  // zsh runs the bash function through its bashcompinit layer: one completion logic for both shells.
  zsh: (spec, sets) =>
    [
      '#compdef reflect',
      '# reflect completion for zsh — add to ~/.zshrc: eval "$(reflect completion zsh)"',
      'autoload -U +X bashcompinit && bashcompinit',
      bashScript(spec, sets, false),
    ].join('\n'),
  fish: (spec, sets) => fishScript(spec, sets),
};

const flagsOf = (o: OptionSpec) => [o.short, o.long].filter((f): f is string => Boolean(f));

function bashScript(spec: CommandSpec, builtinSets: string[], header = true): string {
  const commands = flatten(spec);
  // Options of the root that every subcommand accepts too (commander passes them up); --version is root-only.
  const inherited = spec.options.filter((o) => o.long !== '--version');
  const globalValueFlags = inherited.filter((o) => o.takesValue).flatMap(flagsOf);
  const specCases = commands.map(({ path, spec: c }) => {
    const names = c.commands.flatMap((s) => [s.name, ...s.aliases]);
    const options = [...c.options.flatMap(flagsOf), ...(path.length ? inherited.flatMap(flagsOf) : [])];
    const valueFlags = [
      ...c.options.filter((o) => o.takesValue).flatMap(flagsOf),
      ...(path.length ? globalValueFlags : []),
    ];
    return `    ${bashWord(path.join(' '))}) cmds=${bashWord(names.join(' '))}; opts=${bashWord(options.join(' '))}; valopts=${bashWord(valueFlags.join(' '))}; args=${bashValues(c.argValues)} ;;`;
  });
  const aliasCases = commands.flatMap(({ path, spec: c }) =>
    c.aliases.map(
      (alias) => `    ${bashWord(`${path.slice(0, -1).join(' ')}:${alias}`)}) echo ${bashWord(c.name)} ;;`,
    ),
  );
  // By command and flag: `--format` is md|json to export, reflect|jrnl|dayone to import. The root's options
  // (--db) hold under every command, so they come last, for any path.
  const optionValueCases = [...commands.slice(1), commands[0]!].flatMap(({ path, spec: c }) =>
    c.options
      .filter((o) => o.takesValue && o.values.kind !== 'none')
      .map((o) => {
        const patterns = flagsOf(o).map((f) =>
          path.length ? bashWord(`${path.join(' ')}:${f}`) : `*${bashWord(`:${f}`)}`,
        );
        return `    ${patterns.join('|')}) echo ${bashValues(o.values)} ;;`;
      }),
  );
  return `${header ? '# reflect completion for bash — add to ~/.bashrc: eval "$(reflect completion bash)"\n' : ''}
_reflect_sets() {
  local sets
  sets=$(command reflect __complete sets 2>/dev/null) || sets=${bashWord(builtinSets.join(' '))}
  echo "$sets"
}

_reflect_spec() {
  cmds=''; opts=''; valopts=''; args=''
  case "$1" in
${specCases.join('\n')}
  esac
}

_reflect_canonical() {
  case "$1:$2" in
${aliasCases.join('\n')}
    *) echo "$2" ;;
  esac
}

_reflect_option_values() {
  case "$1:$2" in
${optionValueCases.join('\n')}
    *) echo '' ;;
  esac
}

_reflect() {
  local cur prev path word i cmds opts valopts args values
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev=''
  [ "$COMP_CWORD" -gt 0 ] && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  path=''
  i=1
  while [ "$i" -lt "$COMP_CWORD" ]; do
    word="\${COMP_WORDS[i]}"
    _reflect_spec "$path"
    case " $valopts " in
      *" $word "*) i=$((i + 2)); continue ;;
    esac
    case "$word" in
      -*) ;;
      *)
        case " $cmds " in
          *" $word "*) path="\${path:+$path }$(_reflect_canonical "$path" "$word")" ;;
        esac ;;
    esac
    i=$((i + 1))
  done
  _reflect_spec "$path"
  case " $valopts " in
    *" $prev "*)
      values=$(_reflect_option_values "$path" "$prev")
      case "$values" in
        @files) COMPREPLY=($(compgen -f -- "$cur")) ;;
        @sets) COMPREPLY=($(compgen -W "$(_reflect_sets)" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "$values" -- "$cur")) ;;
      esac
      return 0 ;;
  esac
  case "$cur" in
    -*) COMPREPLY=($(compgen -W "$opts" -- "$cur")) ;;
    *)
      case "$args" in
        @sets) values="$cmds $(_reflect_sets)" ;;
        @files) values="$cmds" ;;
        *) values="$cmds $args" ;;
      esac
      COMPREPLY=($(compgen -W "$values" -- "$cur")) ;;
  esac
  return 0
}

complete -o default -F _reflect reflect
`;
}

function bashValues(values: ValueSource): string {
  if (values.kind === 'words') return bashWord(values.words.join(' '));
  if (values.kind === 'none') return "''";
  return `@${values.kind}`;
}

function bashWord(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function fishScript(spec: CommandSpec, builtinSets: string[]): string {
  const lines = [
    '# reflect completion for fish — save as ~/.config/fish/completions/reflect.fish',
    '# or run: reflect completion fish | source',
    'function __reflect_sets',
    `    command -q reflect; and command reflect __complete sets 2>/dev/null; or printf '%s\\n' ${builtinSets.map(fishWord).join(' ')}`,
    'end',
    'complete -c reflect -f',
  ];
  for (const { path, spec: c } of flatten(spec)) {
    const seen =
      path.length === 0
        ? '__fish_use_subcommand'
        : path.map((p) => `__fish_seen_subcommand_from ${p}`).join('; and ');
    const children = c.commands.flatMap((s) => [s.name, ...s.aliases]);
    const noChild = children.length ? `; and not __fish_seen_subcommand_from ${children.join(' ')}` : '';
    for (const sub of c.commands) {
      for (const name of [sub.name, ...sub.aliases]) {
        lines.push(
          `complete -c reflect -n ${fishWord(seen + (path.length ? noChild : ''))} -a ${fishWord(name)} -d ${fishWord(sub.description)}`,
        );
      }
    }
    if (path.length > 0) {
      const args = fishValues(c.argValues);
      if (args) lines.push(`complete -c reflect -n ${fishWord(seen + noChild)} ${args}`);
    }
    for (const option of c.options) {
      const flags = [
        option.short ? `-s ${option.short.slice(1)}` : '',
        option.long ? `-l ${option.long.slice(2)}` : '',
        option.takesValue
          ? `${option.values.kind === 'files' ? '-r' : '-x'} ${fishValues(option.values)}`
          : '',
      ].filter(Boolean);
      const condition = path.length ? `-n ${fishWord(seen)} ` : '';
      lines.push(
        `complete -c reflect ${condition}${flags.join(' ')} -d ${fishWord(option.description)}`.replace(
          / +/g,
          ' ',
        ),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function fishValues(values: ValueSource): string {
  if (values.kind === 'words') return `-a ${fishWord(values.words.join(' '))}`;
  if (values.kind === 'sets') return "-a '(__reflect_sets)'";
  if (values.kind === 'files') return '-F';
  return '';
}

function fishWord(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
