// The shapes of `reflect assumptions --json` (a register row) and `reflect assumptions show --json` (a group),
// as the CLI tests read them (README, "The register").
export interface RegisterJson {
  group: number;
  label: string;
  named: boolean;
  count: number;
  entries: number[];
  firstSeen: string;
  lastSeen: string;
  people: string[];
  opposites: number[];
  tested: { result: string; note: string; date: string } | null;
  confirmed: boolean;
}

export interface GroupJson extends RegisterJson {
  statements: Array<{
    id: number;
    entryId: number;
    date: string;
    title: string;
    text: string;
    linkedBy: string;
  }>;
}
