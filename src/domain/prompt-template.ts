/** Column of the template's end-of-line comments, so they line up whatever the id. */
export const TEMPLATE_COMMENT_COLUMN = 28;

function commented(line: string, comment: string): string {
  return `${line}${' '.repeat(Math.max(2, TEMPLATE_COMMENT_COLUMN - line.length))}# ${comment}`;
}

/** The commented starting point `reflect prompts new <id>` writes: valid as it is, with every kind shown. */
export function promptSetTemplate(id: string): string {
  const title = id
    .split('-')
    .map((word, i) => (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ');
  return `# A reflect prompt set (schema 1). Check it with:   reflect prompts validate ${id}.yaml
# Share the file; the client installs it with:      reflect prompts add ${id}.yaml
# It is plain data: no code runs when it is installed.
# Field reference: the reflect README, "Prompt-set file reference".
schema: 1
${commented(`id: ${id}`, 'lowercase a-z, 0-9 and dashes; keep it when you publish a new version')}
${commented('version: 1', 'raise it with every change you send out; entries keep their questions')}
title: ${title}
description: >-
  One or two sentences shown before the first question: what this exercise is for.
author: Your name

${commented('steps:', '1 to 50 steps, asked in this order')}
  # kind: text (one line), long (paragraphs), list (one item per line),
  #       dialogue (said / unsaid pairs), choice (pick one of choices),
  #       scale (a whole number from min to max), confirm (yes / no)
  # role: what the answer is, for summaries: context, said, unsaid, feeling, data,
  #       selected-data, meaning, assumption, conclusion, belief, action, alternative,
  #       test, intention, cost, learning, other
  - id: situation
    kind: text
    role: context
    question: Which conversation is this about?
    hint: A line is enough — who, where, what was at stake.
    required: true
  - id: feeling
    kind: scale
    role: feeling
    question: How strongly does it still sit with you?
    min: 1
    max: 5
    labels: { min: hardly, max: a lot }
  - id: assumptions
    kind: list
${commented('    role: assumption', 'at least one assumption step lets weekly summaries see this set')}
    question: What were you taking for granted?
    hint: One assumption per line, in plain words.
  - id: stance
    kind: choice
    role: other
    question: Looking back, where was your balance?
    choices:
      - Mostly telling
      - Mostly asking
      - Both
  - id: try-it
    kind: confirm
    role: action
    question: Will you try one new sentence in your next conversation?

# Optional: suggest when to do it. The client sees this on install and accepts or declines.
# assignment:
#   from: Your name
#   note: Once a week until we meet again.
${commented('#   every: week', 'day | week | "3 days" | "2 weeks" | weekday:friday')}
${commented('#   count: 6', 'how many times in all (leave out: until cancelled)')}
${commented('#   due: 2026-12-04', 'first due day (leave out: the day it is accepted)')}
`;
}
