// Common first names by gender, used only to resolve "he"/"she" to the entry's people. Names that are common
// for both genders (Sam, Alex, Jo, Robin…) are left out on purpose: an unknown gender is safer than a wrong one.

const FEMALE = `
aaliyah abigail ada adaeze adaora adriana agnes aisha alice alicia alison amanda amara amber amelia amina amy
ana anastasia andrea angela anita ann anna anne annie anya aoife astrid ayesha barbara beatrice bev beverley
beverly bianca brenda bridget camille carla carmen caroline carol catherine cecilia charlotte chiara chloe
christine claire clara claudia cora daisy dana daniela deborah debbie denise diana dolores dorothy edith
elaine eleanor elena elif elizabeth ella ellen eloise emily emma erin esther eva eve farah fatima fiona
florence frances freya gabriela gemma georgia grace greta hana hannah harriet hazel heather helen helena
hilary holly imogen ines ingrid irene iris isabel isabella isla jade jane janet janice jasmine jennifer
jenny jess jessica joan joanna joanne josephine joy judith julia julie june karen kate katherine kathryn
katie kavya keisha kim kirsty lakshmi laura lauren leah leila lena lily linda lindsay lisa lois lorna louise
lucia lucy lydia maeve maggie maria marie marina martha mary maya megan meera melanie mei mia michelle
miriam molly monica nadia nancy naomi natalia natasha niamh nicola nina nisha noor nora olga olivia paula
pauline penny pippa polly priya rachel rebecca rita rosa rose rosie ruth sadia sally samantha sandra sara
sarah sasha shanice sharon sheila shirley simone siobhan sofia sonia sophie stella susan suzanne tamsin
tanya teresa tess tina tracy valentina vanessa vera veronica victoria wendy yasmin yvonne zara zoe zainab
`;

const MALE = `
aaron abdul adam adrian ahmed aidan alan albert alexander alfie ali amir andrew andy angus anthony antonio
arjun arthur ben benjamin bernard bill bob brandon brian bruno callum carl carlos charles charlie chris
christopher colin connor craig dan daniel darren dave david declan dennis derek diego dmitri dominic doug
douglas duncan dylan ed eddie edward elliot emeka eric ethan euan felix femi finn francis frank fraser
gareth gary george gerald gordon graham grant greg gregory hamish harry harvey henry hugh hugo ian isaac
ivan jack jacob jake james jamie jason javier jeff jeremy jim jimmy joe joel john jonathan jordan jorge
josef joseph josh joshua juan julian karl keith ken kenneth kev kevin kieran kwame lars leo leon liam lewis
louis luca lucas luke malcolm marco marcus mark martin mateo matt matthew max michael miguel mike mohammed
muhammad nathan neil nick nicholas nigel noah oliver omar oscar owen pablo patrick paul pavel pedro peter
phil philip pierre rahul raj rajesh ravi ray raymond richard rob robert roger ross ryan scott sean sebastian
simon stan stephen steve steven stuart ted terry theo thomas tim timothy tobias todd tom tomas tony trevor
victor vikram vincent wayne will william yusuf zach
`;

const GENDER = new Map<string, 'f' | 'm'>();
for (const n of FEMALE.split(/\s+/)) if (n) GENDER.set(n, 'f');
for (const n of MALE.split(/\s+/)) if (n) GENDER.set(n, 'm');

export function genderOfFirstName(name: string): 'f' | 'm' | undefined {
  return GENDER.get(name.toLowerCase());
}
