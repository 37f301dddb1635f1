// Sixth held-out set: written at the start of the sixth round, before any change to the engine and without
// running the engine on it; scored once at the end of the round, never tuned on.
// Two fictional journal keepers in domains no earlier split covers: the lead maintainer of an open-source
// date-parsing library, and a separated father who also coaches his daughter's under-12 football team.
// Pronouns refer to the one person of that gender in the entry's people; roles ("the new contributor") refer
// to the person in that role in the cast (Tomás is the new contributor).
// Traps: negation inside words (nobody, never, ignoring, unreviewed, unanswered, careless/careful, useless,
// unapproachable, "no problem with" as praise), direction (A criticises B / B criticises A; A undermines B /
// B undermines A; A blames B / B blames A), valence opposites sharing no word ("harsh" / "fair"; "a careless
// father" / "a good dad"; "isn't good enough" / "good enough to win"), pronoun vs name, and paraphrases with
// little word overlap ("treats our tracker like a paid helpdesk" ~ "thinks we owe him free support").

export const groups = {
  // open-source maintainer
  os1: ['paraphrase', 'Viktor thinks my code reviews are too harsh'],
  'os1-not': ['opposite', 'Viktor is fine with how I review'],
  os2: ['paraphrase', 'Greg feels entitled to free support'],
  os3: ['paraphrase', 'Hana is losing interest in the project'],
  'os3-not': ['opposite', 'Hana is still committed to the project'],
  os4: ['paraphrase', 'Nobody reads the documentation'],
  'os4-not': ['opposite', 'Users read the documentation'],
  os5: ['paraphrase', 'Lucia is going to cut our funding'],
  os6: ['paraphrase', "I neglect Tomás's contributions"],
  'os6-not': ['opposite', "I give Tomás's contributions proper attention"],
  os7: ['paraphrase', 'Saying no to a feature request will make me look hostile'],
  os8: ['paraphrase', 'Viktor undermines my release decisions'],
  'os8-rev': ['direction', "I undermine Viktor's release decisions"],
  os9: ['paraphrase', 'I am burning out on the project'],
  'os9-not': ['opposite', 'I have plenty of energy for the project'],
  os10: ['paraphrase', 'Hana doubts my technical judgement'],
  'os10-not': ['opposite', 'Hana relies on my technical judgement'],
  // separated father and youth football coach
  fa1: ['paraphrase', 'Mara thinks I am a careless father'],
  'fa1-not': ['opposite', 'Mara thinks I am a good father'],
  fa2: ['paraphrase', 'Rosa shuts me out of her life'],
  'fa2-not': ['opposite', 'Rosa confides in me'],
  fa3: ['paraphrase', 'Ben wants to take over as head coach'],
  fa4: ['paraphrase', 'Kwame criticises me to the other parents'],
  'fa4-rev': ['direction', 'I criticise Kwame to the other parents'],
  fa5: ['paraphrase', "Mara blames me for Rosa's slipping grades"],
  'fa5-rev': ['direction', "I blame Mara for Rosa's slipping grades"],
  fa6: ['paraphrase', 'Ines ignores what the coaches ask for'],
  'fa6-not': ['opposite', "Ines takes the coaches' requests seriously"],
  fa7: ['paraphrase', 'The team is not good enough for this league'],
  'fa7-not': ['opposite', 'The team is good enough to win this league'],
  fa8: ['paraphrase', 'If I bench Jonah, Kwame will make a scene'],
  fa9: ['paraphrase', 'I am failing as a parent'],
  'fa9-not': ['opposite', 'I am doing a decent job as a parent'],
  fa10: ['paraphrase', 'The other parents find me unapproachable'],
  'fa10-not': ['opposite', 'The other parents find me easy to talk to'],
};

export const entries = [
  // ---------------------------------------------------------------- open-source maintainer
  {
    date: '2027-03-01T21:10:00',
    set: 'L',
    title: 'Review thread on the parser rewrite',
    people: ['Viktor'],
    tags: ['review'],
    situation: 'Viktor commented on my review of the parser rewrite before I had finished it.',
    lines: [
      ['Viktor: Maybe soften the tone a bit?', 'It was a list of facts.'],
      ['Me: The tests are failing, that is not tone.', 'Here we go.'],
    ],
    assumptions: [
      ['Viktor thinks my code reviews are too harsh.', 'os1'],
      ['Viktor undermines my release decisions.', 'os8'],
      ['The CI bill will double next month.', 'uos1'],
    ],
  },
  {
    date: '2027-03-02T08:40:00',
    set: 'D',
    title: "Greg's issue about time zones",
    people: ['Greg'],
    tags: ['issues'],
    situation: 'A long issue from Greg landed overnight.',
    lines:
      'The issue is marked URGENT in the title. It links to his company internal ticket. It has no reproduction, and asks for a fix by Friday.',
    assumptions: [
      ['Greg thinks we owe him free support.', 'os2'],
      ["If I reject Greg's feature request I'll look hostile.", 'os7'],
    ],
  },
  {
    date: '2027-03-03T19:30:00',
    set: 'L',
    title: 'Call with Hana',
    people: ['Hana'],
    tags: ['contributors'],
    situation: 'Monthly contributor call; Hana joined late with her camera off.',
    lines: [
      ['Hana: I have not had time to look at the plugin API.', 'Three months now.'],
      ['Me: No pressure at all.', 'There is some pressure.'],
    ],
    assumptions: [
      ['Hana is losing interest in the project.', 'os3'],
      ['Hana doubts my technical judgement.', 'os10'],
    ],
  },
  {
    date: '2027-03-04T22:00:00',
    set: 'D',
    title: 'Issue triage',
    people: [],
    tags: ['issues'],
    situation: 'Went through forty new issues in one evening.',
    lines:
      'Eleven asked how to parse a date with an offset. The answer is the first example on the docs page. I closed them with the same link.',
    assumptions: [
      ['Nobody reads the documentation.', 'os4'],
      ['I am burning out on this project.', 'os9'],
    ],
  },
  {
    date: '2027-03-05T14:15:00',
    set: 'L',
    title: 'Grant check-in',
    people: ['Lucia'],
    tags: ['funding'],
    situation: 'Quarterly check-in with the foundation about our grant.',
    lines: [
      ['Lucia: Downloads are flat this quarter.', 'Flat is fine for a mature library.'],
      ['Me: We have shipped two releases.', 'She did not write that down.'],
    ],
    assumptions: [
      ['Lucia is going to cut our funding.', 'os5'],
      ['The next release will slip again.', 'uos2'],
    ],
  },
  {
    date: '2027-03-08T20:45:00',
    set: 'D',
    title: "Tomás's first pull request",
    people: ['Tomás'],
    tags: ['contributors'],
    situation: 'Noticed a pull request from Tomás that has been open for three weeks.',
    lines: 'The pull request has no review. Tomás pinged it twice. His last comment says "any news?".',
    assumptions: [
      ["I have been ignoring Tomás's pull requests.", 'os6'],
      ['Tomás has exams and little free time.', 'uos3'],
    ],
  },
  {
    date: '2027-03-09T18:00:00',
    set: 'L',
    title: 'Release planning chat',
    people: ['Viktor'],
    tags: ['release'],
    situation: 'Chat with Viktor about what goes into the next minor release.',
    lines: [
      ['Viktor: Let us keep the old API one more version.', 'We agreed to drop it.'],
      ['Me: Fine, if you feel strongly.', 'I changed his plan last time without asking.'],
    ],
    assumptions: [
      ['He finds the way I review pull requests needlessly brutal.', 'os1'],
      ["I undermine Viktor's release decisions.", 'os8-rev'],
    ],
  },
  {
    date: '2027-03-10T09:20:00',
    set: 'D',
    title: 'Another escalation',
    people: ['Greg'],
    tags: ['issues'],
    situation: 'Greg tagged me and Viktor on the same issue again.',
    lines:
      'He wrote that his team is blocked. He asked for a call. He mentioned that his company is evaluating other libraries.',
    assumptions: [
      ["He expects us to drop everything for his company's bugs.", 'os2'],
      ["Closing the proposal as won't-fix will get me called toxic.", 'os7'],
      ["Greg's company is about to switch to another library.", 'uos4'],
    ],
  },
  {
    date: '2027-03-11T21:30:00',
    set: 'L',
    title: "Hana's comments on my RFC",
    people: ['Hana'],
    tags: ['design'],
    situation: 'Hana left thirty comments on my RFC for the new formatter.',
    lines: [
      ['Hana: Why not reuse the tokenizer?', 'Because I tried that.'],
      ['Me: I will add a section on alternatives.', 'She read all of it, though.'],
    ],
    assumptions: [
      ['Hana has no faith in my design choices.', 'os10'],
      ['Hana still cares deeply about the library.', 'os3-not'],
    ],
  },
  {
    date: '2027-03-12T23:10:00',
    set: 'D',
    title: 'Weekend of maintenance',
    people: [],
    tags: ['maintenance'],
    situation: 'Spent Saturday on dependency updates and the flaky test.',
    lines:
      'Nine dependency bumps. The flaky test failed twice more. I skipped dinner to finish the changelog.',
    assumptions: [
      ["I can't keep maintaining the library on my own.", 'os9'],
      ['Users never open the docs before filing an issue.', 'os4'],
    ],
  },
  {
    date: '2027-03-15T10:05:00',
    set: 'L',
    title: "Lucia's email about metrics",
    people: ['Lucia'],
    tags: ['funding'],
    situation: 'Lucia asked for usage metrics before the renewal meeting.',
    lines: [
      ['Lucia: Could you send numbers by Thursday?', 'Why the rush?'],
      ['Me: Sure, downloads and dependants.', 'Which number saves us?'],
    ],
    assumptions: [
      ["She is preparing to pull the foundation's money.", 'os5'],
      ['People skip the guides and go straight to asking questions.', 'os4'],
    ],
  },
  {
    date: '2027-03-16T17:40:00',
    set: 'D',
    title: 'Viktor merged without me',
    people: ['Viktor'],
    tags: ['release'],
    situation: 'Found out the release branch had changed overnight.',
    lines:
      'Viktor merged the timezone patch I had put on hold. He tagged a release candidate. The chat log has no message to me about it.',
    assumptions: [
      ['Viktor overrules my calls behind my back.', 'os8'],
      ['Viktor is busy with his new baby.', 'uos5'],
    ],
  },
  {
    date: '2027-03-17T20:00:00',
    set: 'L',
    title: 'Tomás asked for a review again',
    people: ['Tomás'],
    tags: ['contributors'],
    situation: 'Tomás asked politely in the chat whether his patch could make the release.',
    lines: [
      ['Tomás: Is there anything I should change?', 'I have not even opened it.'],
      ['Me: Soon, promise.', 'I said that last week.'],
    ],
    assumptions: [
      ["Tomás's patches sit unreviewed because of me.", 'os6'],
      ['Turning the feature down will make me seem unfriendly to users.', 'os7'],
    ],
  },
  {
    date: '2027-03-18T18:25:00',
    set: 'D',
    title: "Hana's quiet month",
    people: ['Hana', 'Viktor'],
    tags: ['contributors'],
    situation: 'Looked at the contributor graph for the last month.',
    lines:
      'Hana has two commits this month; she had forty in January. Viktor reverted my change to the default locale. Neither mentioned it in the call.',
    assumptions: [
      ['She is quietly drifting away from the project.', 'os3'],
      ['He reverses what I decide without talking to me first.', 'os8'],
    ],
  },
  {
    date: '2027-03-19T16:50:00',
    set: 'L',
    title: 'Pairing with Viktor',
    people: ['Viktor'],
    tags: ['review'],
    situation: 'Paired with Viktor on the review backlog for an hour.',
    lines: [
      ['Viktor: You could start with what works.', 'Nothing worked.'],
      ['Me: I will try that on the next one.', 'And I overruled his timeout change last week.'],
    ],
    assumptions: [
      ['Viktor reckons my review comments scare newcomers off.', 'os1'],
      ["I overrule Viktor's calls behind his back.", 'os8-rev'],
    ],
  },
  {
    date: '2027-03-22T11:30:00',
    set: 'D',
    title: 'Monthly sponsor report',
    people: ['Lucia'],
    tags: ['funding'],
    situation: 'Wrote the monthly report for the foundation.',
    lines:
      'The report template has a new section on "sustainability risks". Lucia added a question about bus factor. I wrote three pages in an hour.',
    assumptions: [
      ["The grant won't be renewed once Lucia sees the numbers.", 'os5'],
      ['I have plenty of energy for the project right now.', 'os9-not'],
    ],
  },
  {
    date: '2027-03-23T19:15:00',
    set: 'L',
    title: "The newcomer's patch",
    people: ['Tomás', 'Hana'],
    tags: ['contributors'],
    situation: "Hana asked in the chat whether anyone had looked at the new contributor's patch.",
    lines: [
      ['Hana: Tomás might give up on us.', 'She is right.'],
      ['Me: On my list for tonight.', 'It has been on my list for a month.'],
    ],
    assumptions: [
      ["I keep neglecting the new contributor's work.", 'os6'],
      ["Hana doesn't care about the library any more.", 'os3'],
    ],
  },
  {
    date: '2027-03-24T21:00:00',
    set: 'D',
    title: 'Design discussion',
    people: ['Hana'],
    tags: ['design'],
    situation: 'Video call about the formatter design.',
    lines:
      'Hana proposed a different approach for every section. She stayed on the call for two hours. She offered to write the benchmarks.',
    assumptions: [
      ['She second-guesses every architecture decision I make.', 'os10'],
      ['Hana is as committed to the project as she ever was.', 'os3-not'],
    ],
  },
  {
    date: '2027-03-25T15:40:00',
    set: 'L',
    title: 'Docs sprint',
    people: ['Viktor'],
    tags: ['docs'],
    situation: 'Ran a docs sprint with Viktor and looked at the page statistics.',
    lines: [
      ['Viktor: The getting-started page is the most visited one.', 'So people do go there.'],
      ['Me: Then the issues are from the rest.', 'He reviewed my docs pull request with a thumbs up.'],
    ],
    assumptions: [
      ['Most users read the docs carefully.', 'os4-not'],
      ['Viktor has no problem with how I review.', 'os1-not'],
    ],
  },
  {
    date: '2027-03-26T23:30:00',
    set: 'D',
    title: 'Late-night triage',
    people: ['Tomás', 'Hana'],
    tags: ['maintenance'],
    situation: 'Reviewed the backlog late at night.',
    lines:
      "Reviewed Tomás's patch line by line and merged it. Hana approved my formatter plan with one comment. It was 1 a.m. when I stopped.",
    assumptions: [
      ["I give Tomás's pull requests proper attention.", 'os6-not'],
      ['Hana relies on my judgement for the roadmap.', 'os10-not'],
      ["I'm running on empty with the maintenance work.", 'os9'],
    ],
  },
  {
    date: '2027-03-29T09:00:00',
    set: 'L',
    title: "Greg's escalation",
    people: ['Greg', 'Viktor'],
    tags: ['issues'],
    situation: 'Greg emailed both maintainers directly about his issue.',
    lines: [
      ['Greg: We need a commitment on a date.', 'Nobody pays us.'],
      ['Viktor: We can look at it next week.', 'He said my reply to Greg was fair.'],
    ],
    assumptions: [
      ['Greg treats our issue tracker like a paid helpdesk.', 'os2'],
      ['Viktor thinks my reviews are fair and useful.', 'os1-not'],
    ],
  },
  // ---------------------------------------------------------------- separated father, youth football coach
  {
    date: '2027-04-01T18:30:00',
    set: 'L',
    title: "Handover at Mara's",
    people: ['Mara'],
    tags: ['handover'],
    situation: 'Picked Rosa up from Mara for the weekend.',
    lines: [
      ['Mara: Make sure she does her maths this time.', 'This time.'],
      ['Me: We will.', 'She looked at the car, not at me.'],
    ],
    assumptions: [
      ["Mara thinks I'm a careless father.", 'fa1'],
      ["Mara blames me for Rosa's slipping grades.", 'fa5'],
    ],
  },
  {
    date: '2027-04-02T20:15:00',
    set: 'D',
    title: 'Rosa at dinner',
    people: ['Rosa'],
    tags: ['home'],
    situation: 'Dinner at home on Friday.',
    lines:
      'Rosa answered every question with one word. She ate in twelve minutes. Her phone was face down next to her plate.',
    assumptions: [
      ['Rosa shuts me out of her life.', 'fa2'],
      ["I'm failing as a parent.", 'fa9'],
    ],
  },
  {
    date: '2027-04-03T12:40:00',
    set: 'L',
    title: 'Saturday training',
    people: ['Ben'],
    tags: ['team'],
    situation: 'Ben ran the warm-up and stayed on to run the drills.',
    lines: [
      ['Ben: I can take the defenders if you like.', 'And then the attackers.'],
      ['Me: Great, thanks.', 'Lost 6-0 last week.'],
    ],
    assumptions: [
      ['Ben wants to take over as head coach.', 'fa3'],
      ["The team isn't good enough for this league.", 'fa7'],
    ],
  },
  {
    date: '2027-04-05T19:00:00',
    set: 'D',
    title: 'Team sheet',
    people: ['Kwame', 'Jonah'],
    tags: ['team'],
    situation: 'Picked the starting eleven for Sunday.',
    lines:
      'Jonah missed two trainings. Kwame posted in the parents group about "fairness". Three parents liked his post.',
    assumptions: [
      ['If I bench Jonah, Kwame will make a scene.', 'fa8'],
      ['Kwame criticises me to the other parents.', 'fa4'],
    ],
  },
  {
    date: '2027-04-06T21:20:00',
    set: 'L',
    title: 'Club committee meeting',
    people: ['Ines'],
    tags: ['club'],
    situation: 'Monthly club meeting; I asked again for a second set of goals.',
    lines: [
      ['Ines: It is on the list.', 'It was on the list in October.'],
      ['Me: The girls train with cones.', 'She moved on to the raffle.'],
    ],
    assumptions: [
      ['Ines ignores everything the coaches ask for.', 'fa6'],
      ['The pitch will be waterlogged on Saturday.', 'ufa1'],
    ],
  },
  {
    date: '2027-04-07T17:10:00',
    set: 'D',
    title: 'Sideline after the match',
    people: [],
    tags: ['team'],
    situation: 'Stood on the sideline after the 5-1 loss.',
    lines:
      'The parents stood in a group near the car park. Nobody came over. Two of them left without saying goodbye.',
    assumptions: [
      ['The other parents see me as unapproachable.', 'fa10'],
      ['This squad is out of its depth.', 'fa7'],
    ],
  },
  {
    date: '2027-04-08T21:45:00',
    set: 'L',
    title: 'Parents evening call',
    people: ['Mara'],
    tags: ['school'],
    situation: 'Phone call with Mara after the school parents evening.',
    lines: [
      ['Mara: The teacher says she is not handing in homework.', 'Which weekends?'],
      ['Me: I can help on my weekends.', 'She sighed.'],
    ],
    assumptions: [
      ["Mara holds me responsible for Rosa's falling marks.", 'fa5'],
      ["Mara's new partner is influencing her.", 'ufa2'],
    ],
  },
  {
    date: '2027-04-09T08:15:00',
    set: 'D',
    title: 'Drive to school',
    people: ['Rosa'],
    tags: ['home'],
    situation: 'Drove Rosa to school on Monday.',
    lines: 'She had her earphones in the whole way. I asked about the trip. She said "fine".',
    assumptions: [
      ["She keeps me at arm's length these days.", 'fa2'],
      ["Rosa's phone is the real problem.", 'ufa3'],
    ],
  },
  {
    date: '2027-04-09T21:30:00',
    set: 'L',
    title: "Mara's message",
    people: ['Mara', 'Rosa'],
    tags: ['handover'],
    situation: 'Mara texted about Rosa coming home late from my place.',
    lines: [
      ['Mara: She was out until ten on a school night.', 'With my permission.'],
      ['Me: She told me everything about the party.', 'She actually did.'],
    ],
    assumptions: [
      ["Mara believes Rosa isn't safe at my place.", 'fa1'],
      ['Rosa talks to me openly about school and friends.', 'fa2-not'],
    ],
  },
  {
    date: '2027-04-12T18:50:00',
    set: 'D',
    title: "Ben's drills",
    people: ['Ben'],
    tags: ['team'],
    situation: 'Watched Ben run a passing drill I had not planned.',
    lines:
      'He had printed his own session plan. He gathered the girls before I arrived. They won every small-sided game against the older group.',
    assumptions: [
      ['He is after my job with the under-12s.', 'fa3'],
      ['The team is good enough to win this league.', 'fa7-not'],
    ],
  },
  {
    date: '2027-04-13T22:05:00',
    set: 'L',
    title: "Kwame's text",
    people: ['Kwame'],
    tags: ['team'],
    situation: 'Kwame texted late about the team for Sunday.',
    lines: [
      ['Kwame: Is Jonah starting?', 'I have not decided.'],
      ['Me: I will post the team on Friday.', 'He will post his opinion sooner.'],
    ],
    assumptions: [
      ['He badmouths my coaching on the sideline.', 'fa4'],
      ['Kwame will blow up if his son starts on the bench.', 'fa8'],
    ],
  },
  {
    date: '2027-04-14T19:40:00',
    set: 'D',
    title: 'Email to the club',
    people: ['Ines'],
    tags: ['club'],
    situation: 'Sent the third email about the kit order.',
    lines:
      'Ines replied to the fundraising thread the same day. The kit thread has no reply. The order deadline is Friday.',
    assumptions: [
      ["Ines doesn't take our requests seriously.", 'fa6'],
      ['Ines is overwhelmed by the fixture list.', 'ufa4'],
    ],
  },
  {
    date: '2027-04-15T20:30:00',
    set: 'L',
    title: 'Weekend with Rosa',
    people: ['Mara'],
    tags: ['handover'],
    situation: 'Mara called on Sunday evening after dropping-off.',
    lines: [
      ['Mara: She says you let her stay up until one.', 'Once.'],
      ['Me: It was a film night.', 'I sound like a teenager myself.'],
    ],
    assumptions: [
      ['She thinks I let Rosa run wild at weekends.', 'fa1'],
      ['I am a useless dad.', 'fa9'],
    ],
  },
  {
    date: '2027-04-16T16:20:00',
    set: 'D',
    title: 'Parents at pick-up',
    people: ['Mara'],
    tags: ['team'],
    situation: 'Pick-up after Friday training; Mara came to watch the last ten minutes.',
    lines:
      'The parents chatted by the gate and went quiet when I walked over. Mara said the girls looked happy. The score in the practice match was 7-2 to the visitors.',
    assumptions: [
      ['Parents are afraid to come and talk to me.', 'fa10'],
      ["We don't have the players to compete this season.", 'fa7'],
      ['Mara sees me as a careful dad.', 'fa1-not'],
    ],
  },
  {
    date: '2027-04-17T11:00:00',
    set: 'L',
    title: 'Phone call with Rosa',
    people: ['Rosa'],
    tags: ['home'],
    situation: 'Called Rosa on Saturday morning.',
    lines: [
      ['Rosa: Nothing is going on, Dad.', 'Something is.'],
      ['Me: You can tell me anything.', 'She laughed and hung up.'],
    ],
    assumptions: [['Rosa tells me nothing about what is going on with her.', 'fa2']],
  },
  {
    date: '2027-04-19T21:15:00',
    set: 'D',
    title: "Rosa's school report",
    people: ['Mara'],
    tags: ['school'],
    situation: 'Read the school report Mara forwarded.',
    lines: 'Maths dropped two grades. Mara wrote "see attached". She copied in her sister.',
    assumptions: [
      ["She puts Rosa's bad school report down to me.", 'fa5'],
      ["I'm letting my kids down.", 'fa9'],
    ],
  },
  {
    date: '2027-04-20T20:40:00',
    set: 'L',
    title: 'Assistant coach chat',
    people: ['Ben', 'Kwame'],
    tags: ['team'],
    situation: 'A beer with Ben after the coaches meeting.',
    lines: [
      ['Ben: Kwame has a point about the rotation.', 'Whose side is he on?'],
      ['Me: Kwame moans about everything.', 'I said that to three parents this week.'],
    ],
    assumptions: [
      ['Ben is angling to run the team himself.', 'fa3'],
      ['I criticise Kwame to the other parents.', 'fa4-rev'],
    ],
  },
  {
    date: '2027-04-21T19:20:00',
    set: 'D',
    title: 'Rosa opened up',
    people: ['Rosa'],
    tags: ['home'],
    situation: 'Rosa sat in the kitchen while I cooked.',
    lines:
      'She told me about a falling-out with her best friend. She asked what I would do. She stayed for an hour.',
    assumptions: [
      ['Rosa confides in me.', 'fa2-not'],
      ["I'm doing a decent job as a parent.", 'fa9-not'],
    ],
  },
  {
    date: '2027-04-22T10:30:00',
    set: 'L',
    title: 'Match day',
    people: ['Kwame', 'Jonah'],
    tags: ['team'],
    situation: 'Jonah started on the bench on Sunday.',
    lines: [
      ['Kwame: Interesting choice, coach.', 'Here it comes.'],
      ['Me: He will get the second half.', 'He turned to the parent next to him.'],
    ],
    assumptions: [
      ['Leaving Jonah out of the starting line-up will start a row with his dad.', 'fa8'],
      ['Kwame runs me down when he talks to the other parents.', 'fa4'],
    ],
  },
  {
    date: '2027-04-22T19:50:00',
    set: 'D',
    title: 'Unanswered emails',
    people: ['Ines'],
    tags: ['club'],
    situation: 'Counted my emails to the club secretary this season.',
    lines:
      'Seven emails since January. Two replies, both about the raffle. The minibus request has no answer.',
    assumptions: [
      ['Our emails to Ines go unanswered.', 'fa6'],
      ["The minibus won't be fixed in time.", 'ufa5'],
    ],
  },
  {
    date: '2027-04-23T12:10:00',
    set: 'L',
    title: 'Mara at the match',
    people: ['Mara'],
    tags: ['handover'],
    situation: 'Mara came to watch Rosa play for the first time this season.',
    lines: [
      ['Mara: She is so much happier on your weekends.', 'I did not expect that.'],
      ['Me: The maths is still a worry.', 'Her new school timetable is the real cause.'],
    ],
    assumptions: [
      ['Mara is confident Rosa is well looked after with me.', 'fa1-not'],
      ["I blame Mara for Rosa's slipping grades.", 'fa5-rev'],
    ],
  },
  {
    date: '2027-04-23T20:20:00',
    set: 'D',
    title: 'Coffee with a team parent',
    people: ['Mara'],
    tags: ['team'],
    situation: 'Coffee after the match; Mara joined for a few minutes.',
    lines:
      'One of the dads said the parents talk about me at the gate. Mara said I was good with Rosa on the pitch. I did not ask what the parents say.',
    assumptions: [
      ['Nobody on the sideline feels they can approach me.', 'fa10'],
      ["Mara thinks I'm a good dad.", 'fa1-not'],
    ],
  },
  {
    date: '2027-04-24T10:00:00',
    set: 'L',
    title: 'Season review',
    people: ['Ines'],
    tags: ['club'],
    situation: 'End-of-season review with the club secretary.',
    lines: [
      ['Ines: The goals arrive next week, and the minibus is booked.', 'All of it.'],
      ['Me: Thanks, that helps.', 'Three parents thanked me at the gate.'],
    ],
    assumptions: [
      ["Ines takes the coaches' requests seriously.", 'fa6-not'],
      ['The parents find me easy to talk to.', 'fa10-not'],
    ],
  },
];
