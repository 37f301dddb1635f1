/** Size limits of prompt sets and assignments (apart from the schema, so commands can read them without zod). */
export const LIMITS = {
  steps: 50,
  questionChars: 2000,
  hintChars: 2000,
  titleChars: 200,
  descriptionChars: 4000,
  choices: 50,
  choiceChars: 200,
  noteChars: 2000,
  fromChars: 200,
  count: 1000,
  fileBytes: 1024 * 1024,
} as const;
