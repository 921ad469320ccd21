import assert from 'node:assert/strict';
import { byCode, check, lines } from '../../helpers';

/** The texts a document's client-identifier findings cover, in order. */
function flagged(text: string, fileName = 'notes.supervision.md'): string[] {
  const r = check(text, fileName);
  return byCode(r, 'privacy/client-identifier').map((d) => {
    const offset = (p: { line: number; character: number }) => text.split('\n').slice(0, p.line).join('\n').length + (p.line ? 1 : 0) + p.character;
    return text.slice(offset(d.range.start), offset(d.range.end));
  });
}
const kinds = (text: string, fileName = 'notes.supervision.md') =>
  byCode(check(text, fileName), 'privacy/client-identifier').map((d) => (d.data as { identifier: string }).identifier);

describe('privacy/client-identifier: who is who', () => {
  it('flags every later mention of a client introduced with a label and an age, and none of the supervisee', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Dana Whitfield',
      '---',
      '',
      'Dana brought one case today. Dana has been well and Dana wants to talk about her caseload.',
      '',
      'Client: Tamati Rangi, 16, referred from his GP after cutting.',
      '',
      "Tamati disclosed more this week. Tamati's teacher rang the office, and Dana will call Tamati at home.",
    );
    assert.deepEqual(flagged(doc), ['Tamati Rangi', 'Tamati', 'Tamati', 'Tamati']);
  });

  it('does not take frequency for evidence: a client named often is still a client', () => {
    const mentions = Array.from({ length: 6 }, (_, i) => `Session ${i + 1}: Priya disclosed more about the assault.`).join('\n\n');
    const doc = lines('---', 'scope: supervision', '---', '', 'Her main case was Priya, 27, who presented with panic.', '', mentions);
    assert.equal(flagged(doc).length, 7);
  });

  it('finds a client known only by what happens to them, and their relatives', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'Mr. Harold Finch was admitted on Friday; his son, Peter Finch, is the emergency contact.',
      '',
      "Brianna walked out of session 4 when her stepfather arrived; her mum, Sharon, followed.",
    );
    assert.deepEqual(flagged(doc), ['Mr. Harold Finch', 'Peter Finch', 'Brianna', 'Sharon']);
  });

  it('leaves board members, chairs and attendance lists alone in ordinary minutes', () => {
    const doc = lines(
      '---',
      'scope: leadership',
      '---',
      '',
      '# Trust board minutes',
      '',
      'Present: Mr Hughes (Chair), Professor Ward (NED), Dr Amina Okafor, Ms Claire Dunn',
      '',
      'Apologies: Mrs Patel',
      '',
      'Mr Hughes opened the meeting. Ms Dunn presented the workforce report and Mr Hughes thanked her.',
      '',
      'Professor Ward asked about agency spend; Mrs Patel will circulate the figures.',
      '',
      'Signed: Mr D. Hughes, Chair',
    );
    assert.deepEqual(flagged(doc, 'minutes.md'), []);
  });

  it('names a complainant in leadership minutes, and not the staff member complained about', () => {
    const doc = lines(
      '---',
      'scope: leadership',
      '---',
      '',
      '- Complaints: two received, one from Mrs Evelyn Clarke about waiting times.',
      "- A complaint about Dr. Obi's tone in session is with the clinical lead.",
    );
    assert.deepEqual(flagged(doc, 'minutes.md'), ['Mrs Evelyn Clarke']);
  });

  it('keeps declared pseudonyms, initials and names on a roster line', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      '---',
      '',
      'Supervisees: Aaron Pike, LMFT Associate · Simone Baptiste, LMFT Associate',
      '',
      'Aaron presented client K.D., 29, and a young man we are calling "Jay" (pseudonym), 19, who relapsed.',
    );
    assert.deepEqual(flagged(doc), []);
  });

  it('reads a roster label with a word before it ("Clinical Fellows:", "Members present:") as a roster, but not "Care home resident:"', () => {
    const doc = lines(
      '# Triadic supervision',
      '',
      '- Clinical Fellows: Kyle Brandt, Priya Natarajan',
      '- Members present: Aisha Malik (Band 6), Oliver Grant (Band 7, community)',
      '',
      '## Kyle — case 1 (pt "D.", 15, selective mutism)',
      '',
      'S: Kyle reports D. now whispers single words to him in the therapy room. Oliver presented a man of 40 who relapsed.',
      '',
      'Care home resident: Edna Pryce, 93, referred by her GP. Edna has stopped eating.',
    );
    assert.deepEqual(flagged(doc), ['Edna Pryce', 'Edna']);
  });

  it('carries who a sentence is about to the next one that opens with "She" or "He", and keeps a worker\'s own number theirs', () => {
    const doc = lines(
      '---',
      'scope: leadership',
      '---',
      '# Incident review',
      '',
      "The panel met Jamie's mother, Mrs Ewa Kowalczyk, on 24 September. She asked for the report.",
      '',
      'She can be contacted on 07700 900412 and asked for the report by post at 18 Cromwell Grove, Levenshulme, Manchester M19 3QT.',
      '',
      '| 23:15 | Located at 18 Cromwell Grove by police |',
      '|---|---|',
      '',
      "Contact between sessions: Helen's mobile, 07700 900876. Patient Safety Team: patient.safety@trust.example, 0161 496 0723.",
      '',
      '- Supervisor: Helen Marchetti',
    );
    assert.deepEqual(flagged(doc), ['Jamie', 'Mrs Ewa Kowalczyk', '07700 900412', '18 Cromwell Grove', 'M19 3QT', '18 Cromwell Grove']);
  });

  it('reads a relative after "whose son", a client as "the 16-year-old", an age beside a later mention, and a name in a row with an age', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'He also mentioned Mr Ravi Sandhu in bed 12, whose son Harpreet brings in food from home. Ask the dietitian to meet Harpreet. Decision: allocate to Eilidh Fraser.',
      '',
      'Quick update on Athi, the 16-year-old referred by the school nurse.',
      '',
      'We share Tama\'s story. Tama, now 17, has finished school.',
      '',
      '| Ref | Age | Presenting issue |',
      '|---|---|---|',
      '| C3, Imogen Salter | 35 | postnatal anxiety |',
    );
    assert.deepEqual(flagged(doc), ['Mr Ravi Sandhu', 'Harpreet', 'Harpreet', 'Athi', 'Tama', 'Tama', 'Imogen Salter']);
  });

  it('keeps people with another kind of title apart, reads Pacific and virtue names, and leaves a worker\'s own address and a liaison officer\'s line alone', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      '---',
      '# Supervision notes',
      '',
      'Lachlan works with Mr Nguyen, 71, after a fall. Mr Nguyen the client is not related to me.',
      '',
      "With Hope Fale'ata, 27, who lives in the group home, Lachlan saw a pattern.",
      '',
      "Mercy, 24, is pregnant. Thandeka saw bruising on Mercy's arm on Thursday.",
      '',
      'Thandeka found his ID number in an old clinic folder (660214 5123 08 7).',
      '',
      'The family liaison officer can be reached on 0113 496 0732.',
      '',
      'Dr Thi Hong Nguyen, 30 June 2025 · hong.nguyen@service.example',
    );
    assert.deepEqual(flagged(doc), ['Mr Nguyen', 'Mr Nguyen', "Hope Fale'ata", 'Mercy', 'Mercy', '660214 5123 08 7']);
  });

  it('reads a credential written with dots ("Émilie Gagnon, M.A.") as staff, and "the man she supported, Lee Harrop," as a client', () => {
    const doc = lines(
      '# Supervision plan',
      '',
      'Resident: Émilie Gagnon, M.A.',
      '',
      'Émilie will carry six adult outpatients. The man she supported, Lee Harrop, stopped attending appointments.',
    );
    assert.deepEqual(flagged(doc), ['Lee Harrop']);
  });

  it('does not take a training or a building named after someone for a person: "the Oliver McGowan training"', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'Tomás Reyes, 17, was discharged last week. Ffion is booked on the all-staff Oliver McGowan training in November and the Florence Nightingale Wing induction.',
    );
    assert.deepEqual(flagged(doc), ['Tomás Reyes']);
  });

  it('reads a first name that is also a word as a name only where the text treats it as one', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'Supervisee: Priya Raman. Supervisor: Dr Owen Tate.',
      '',
      'Rose Whitfield, 47, lives alone and is on the depot list.',
      '',
      'Priya described Rose as guarded. Her PHQ-9 rose from 14 to 19. Rose has not answered the door twice.',
      '',
      'Sky (they/them), 19, is on the waitlist for rehab. Sky has a naloxone kit.',
      '',
      'Hope is what the team holds for her. Grace and courtesy matter in every visit.',
    );
    assert.deepEqual(flagged(doc), ['Rose Whitfield', 'Rose', 'Rose', 'Sky', 'Sky']);
  });

  it('finds a family named by its surname, and not a model, a charity or a declared pseudonym', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'The Hendersons cancelled again, the third time since February. Kirsty will write to the MacPhersons.',
      '',
      'We used the Safewards model, and the Samaritans leaflet. A blended family we call them "the Ellises" here was discussed.',
    );
    assert.deepEqual(flagged(doc), ['Hendersons', 'MacPhersons']);
  });

  it('leaves places and events named after a client alone: "Rowan Court", "the Iona residential", "the Lincoln CPD day"', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'Mr Rowan Delaney, 92, lives in Rowan Court. Rowan used to help in the garden.',
      '',
      'Iona Mackay, 14, comes to the group. Planning for the Iona residential continues.',
      '',
      'Lincoln Asante (NHS 401 223 7784) came onto the caseload in February. Priya is at the Lincoln CPD day on 4 April.',
    );
    assert.deepEqual(flagged(doc), ['Mr Rowan Delaney', 'Rowan', 'Iona Mackay', 'Lincoln Asante', '401 223 7784']);
  });

  it('joins a short name given in brackets to the full name, before and after it', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'Kasia asked whether I have ever had an eating disorder.',
      '',
      'Katarzyna Zielińska (Kasia), 24, comes to sessions on her lunch break.',
      '',
      'Kasia will bring her food diary next time.',
    );
    assert.deepEqual(flagged(doc), ['Kasia', 'Katarzyna Zielińska', 'Kasia', 'Kasia']);
  });

  it('does not take the sender of a quoted e-mail for staff', () => {
    const doc = lines(
      '---',
      'scope: leadership',
      '---',
      '# Memo: interpreter bookings',
      '',
      'From: Service Manager',
      '',
      '> From: Maria Lopes',
      '> Please can someone who speaks Portuguese come to the house next week.',
      '',
      'Maria Lopes disclosed that she has been missing her appointments because no interpreter was booked.',
    );
    assert.deepEqual(flagged(doc, 'memo.md'), ['Maria Lopes', 'Maria Lopes']);
  });

  it('tells a client from a member of staff with the same first name', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      '---',
      '# CS record',
      '',
      '- **Supervisee:** Rhian Morgan, community nurse',
      '',
      'The 14-year-old, Ffion, was seen in November with low mood and school refusal.',
      '',
      "Ffion's mam, Carys, phones Rhian most weeks between sessions.",
      '',
      'Ffion Jenkins, our family therapist, has a free slot on Thursdays.',
      '',
      'Rhian will ask Ffion what she wants the school letter to say.',
    );
    assert.deepEqual(flagged(doc), ['Ffion', 'Ffion', 'Carys', 'Ffion']);
  });

  it('reads a family named by its surname, and a name given as "a patient"', () => {
    const doc = lines('---', 'scope: supervision', '---', '', 'Her work with the Flanagan family has gone well. Ana was hit by Losa, a patient on the unit.');
    assert.deepEqual(flagged(doc), ['Flanagan', 'Losa']);
    assert.deepEqual(flagged(lines('# Notes', '', 'Dana, our client services manager, joined.')), []);
    // A state's or a service's name before a compound is no family: "the Victorian family violence sector".
    const policy = lines('---', 'scope: leadership', '---', '', 'The guidelines are for practitioners and managers of the Victorian family violence and child wellbeing sectors.', '', 'Referrals go to the Northside family support team.');
    assert.deepEqual(flagged(policy, 'guidelines.md'), []);
  });

  it('tells a client from a supervisor with the same first name by the section a bare mention sits in', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisor: Mark Ellery, Clinical Psychologist',
      'supervisee: Lena Kowalczyk',
      '---',
      '',
      '## Case 1',
      '',
      'Lena reports progress with her first case. Mark Ellery suggested she move to in-vivo exposure.',
      '',
      '## Case 2: new intake',
      '',
      'Client is Mark Dhillon, 15, referred by his GP.',
      '',
      'Lena thinks there may be bullying at school (Mark hinted but then said it was nothing).',
      '',
      '- See Mark alone for part of each session.',
    );
    assert.deepEqual(flagged(doc), ['Mark Dhillon', 'Mark', 'Mark']);
  });

  it('reads an evaluee column in a forensic caseload as clients', () => {
    const doc = lines('---', 'scope: supervision', '---', '', '| Evaluee | Referral question | Status |', '|---|---|---|', '| Tyrell Whitaker | competency to stand trial | in progress |');
    assert.deepEqual(flagged(doc), ['Tyrell Whitaker']);
  });

  it('reads te reo Māori words in a policy as words, not as people', () => {
    const doc = lines('---', 'scope: leadership', '---', '', 'Supervision holds kaimahi ora at the centre and draws on te ao Māori.', '', '- working with tamariki, rangatahi and whānau Māori', '', 'Practice honours Te Tiriti o Waitangi.');
    assert.deepEqual(flagged(doc, 'guidance.md'), []);
  });

  it('names a relative introduced as "her Nan, Beryl", and takes Matua as a form of address for staff', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      '---',
      'The 15-year-old, Tamati, was referred by his kura in March. She lived with her Nan, Beryl, in town.',
      '',
      'Matua Tamati Rangi, our kaumātua, will open the hui with karakia.',
    );
    assert.deepEqual(flagged(doc), ['Tamati', 'Beryl']);
  });

  it("names a complainant the service writes to or refunds: \"Outcome letter to Mr. Bowers\", \"credit Mr. Finch's account\"", () => {
    const doc = lines(
      '---',
      'scope: leadership',
      '---',
      '# QI committee',
      '',
      '| # | Action | Owner |',
      '|---|---|---|',
      "| 1 | Credit Mr. Finch's account for 10/02 | Summer Oakes |",
      '| 2 | Outcome letter to Mr. Bowers after review | Marcus Lindqvist |',
    );
    assert.deepEqual(flagged(doc, 'minutes.md'), ['Mr. Finch', 'Mr. Bowers']);
  });

  it('does not swallow the capitalised word before a name', () => {
    assert.deepEqual(flagged(lines('# Notes', '', 'Discussed Maria Lopez, 34, who disclosed self-harm.')), ['Maria Lopez']);
  });

  it('reads client fields in front matter, and leaves initials there alone', () => {
    const doc = lines('---', 'scope: supervision', 'client: Tamati Rangi', 'client_dob: 2008-03-02', 'client-initials: T.R.', '---', '', 'Reviewed the plan.');
    assert.deepEqual(kinds(doc), ['full-name', 'date-of-birth']);
  });
});

describe('privacy/client-identifier: numbers, contact details and places', () => {
  const note = (sentence: string) => lines('---', 'scope: supervision', '---', '', sentence);

  for (const [where, phone] of [
    ['US', '(503) 555-0147'],
    ['Canada', '+1 416 555 0199'],
    ['UK', '07700 900123'],
    ['Ireland', '087 123 4567'],
    ['Australia', '0412 345 678'],
    ['New Zealand', '021 123 4567'],
    ['South Africa', '082 123 4567'],
  ]) {
    it(`finds a client's ${where} mobile number (${phone})`, () => {
      assert.deepEqual(flagged(note(`The client asked me to call her on ${phone} after the session.`)), [phone]);
    });
  }

  it("leaves the service's switchboard, freephone and crisis lines alone", () => {
    const text = note('The client has the crisis line 0800 543 354, our switchboard 031 208 5111 and 988, and my work mobile 0418 663 207.');
    assert.deepEqual(flagged(text), []);
  });

  for (const [where, address] of [
    ['US', '1187 Fulton St, Apt 3R, Brooklyn, NY 11216'],
    ['UK', '14 Harrow Close, Leeds LS6 2QT'],
    ['Ireland', '7 Main Street, Navan, C15 X2T5'],
    ['Australia', '17 Albert St, Parramatta NSW 2150'],
    ['New Zealand', '14 Kahu Place, Ōtara, Auckland 2023'],
    ['Canada', '88 Queen St, Ottawa ON K1P 1J9'],
  ]) {
    it(`finds a client's ${where} address on file`, () => {
      const found = flagged(note(`Address on file: ${address}. She will not be there next month.`));
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.ok(address.startsWith(found[0]!.split(',')[0]!), found[0]);
    });
  }

  it("leaves the agency's own address alone", () => {
    assert.deepEqual(flagged(note('Setting: Southside Family Wellness Center, 4120 S. Halsted St, Chicago, IL 60609.')), []);
  });

  for (const [label, value] of [
    ['NDIS number', '431 234 567'],
    ['IHI', '8003 6012 3456 7890'],
    ['NHI', 'ZAC5361'],
    ['CHI', '1403850234'],
    ['UR', '4471902'],
    ['MBI', '1EG4-TE5-MK73'],
    ['Medicare', '2951 48372 1'],
    ['DVA file number', 'NX123456'],
    ['Ontario health card', '1234-567-897'],
    ['SIN', '046 454 286'],
    ['student ID', 'KRS-20931'],
    ['hospital number', 'H0456123'],
    ['case ID', '2024-0331'],
  ]) {
    it(`finds a record number under the label "${label}"`, () => {
      const found = flagged(note(`The client's ${label}: ${value}.`));
      assert.deepEqual(found, [value]);
    });
  }

  it('finds an NHS number by its check digit, with no label, in a sentence about a client', () => {
    assert.deepEqual(kinds(note('The client gave 943 476 5919 at reception.')), ['nhs-number']);
    // The same digits with a wrong check digit are no NHS number (in a client's sentence they may still be a phone number).
    assert.ok(!kinds(note('The client gave 943 476 5910 at reception.')).includes('nhs-number'));
    // A trunk zero in groups of three, three and four is a telephone number whatever its last digit.
    assert.deepEqual(kinds(note("The client's wife can be reached on 021 555 8812.")), ['phone']);
  });

  it('finds an age over 89, and leaves 89 alone', () => {
    assert.deepEqual(flagged(note('Mrs P., 88, and a 93-year-old widower were discussed; the patient, 91, fell.')), ['93-year-old', '91']);
    assert.deepEqual(kinds(note("Staff marked another resident's 103rd birthday; her 89th birthday was quieter.")), ['age']);
    const table = lines('# Caseload', '', '| Client | Age | Concern |', '|---|---|---|', '| E.O. | 90 | Memory |', '| D.T. | 63 | Anxiety |');
    assert.deepEqual(flagged(table), ['90']);
  });

  it('reads "me" in a quoted message as whoever wrote in, and leaves a letterhead alone', () => {
    const doc = lines(
      '---',
      'scope: leadership',
      '---',
      '# Memo: call-backs',
      '',
      'Ikhaya Lethu Trauma Clinic (NPO 123-456) · 12 Hope Street, Gqeberha 6001 · 041 555 0192',
      '',
      'Please call me on 041 555 0100 if you have questions.',
      '',
      '> He is not sleeping and I do not know who else to call. Please just call me back on (740) 555-7318.',
      '',
      'A text read "can sumbody phone me on 07912 448 306" and nobody replied.',
    );
    assert.deepEqual(flagged(doc, 'memo.md'), ['(740) 555-7318', '07912 448 306']);
  });

  it('reads an address given in a quoted message as the writer\'s, and a matric number as a record number', () => {
    const doc = lines(
      '---',
      'scope: leadership',
      '---',
      '# Memo: interpreters',
      '',
      '> Please can somebody who speaks Yup\'ik come to the house. We are at 7342 E. Tudor Rd, Apt 12, Anchorage 99504.',
      '',
      '> Graham Baird | Clinical Supervisor | Lothian Youth Counselling Partnership | Direct 0131 496 0782',
    );
    assert.deepEqual(kinds(doc, 'memo.md'), ['address']);
    assert.deepEqual(kinds(note('Action: call the student back (matric 2301877) about changing counsellor.')), ['record-number']);
  });

  it('leaves a member absent from a meeting alone: "Jill Crook did not attend the meeting"', () => {
    const doc = lines('# Council of Governors', '', '1.1 Apologies were received from Jo Smith and Peter Braidwood. Jill Crook did not attend the meeting.');
    assert.deepEqual(flagged(doc, 'minutes.leadership.md'), []);
  });

  it('reads a street name written with macrons, and leaves placeholder numbers in a table alone', () => {
    assert.deepEqual(kinds(note("The letter for the client went to his koro's home, 41 Tūtanekai Road, Ngongotahā.")), ['address']);
    const doc = lines('# Waiting list', '', '| Child | NHS no. | Weeks |', '|---|---|---|', '| Child A | 000 000 0001 | 6 |', '| Child B | 000 000 0002 | 12 |');
    assert.deepEqual(flagged(doc, 'audit.leadership.md'), []);
  });

  it("leaves a worker's own numbers alone: \"Callum's work mobile\"", () => {
    assert.deepEqual(flagged(note("Client K.D. rang the project. Project phone: 01382 000 640 · Callum's work mobile: 07700 900 915")), []);
    assert.deepEqual(kinds(note("Client K.D. moved; Dee's mobile is 07700 900 123.")), ['phone']);
  });

  it("finds a client's school and employer", () => {
    assert.deepEqual(kinds(note('Client T.K., 15, attends Hillcrest High School and works at Bunnings on Saturdays.')), ['school-or-employer', 'school-or-employer']);
  });

  it('reads local record labels (ICN, UCI, OSIS, PHN), and leaves placeholder numbers alone', () => {
    assert.deepEqual(kinds(note('Client R.M.: VA ICN 1012885643V207719; UCI 11-2345-6789; OSIS 240117365; PHN 9698 658 215.')), ['record-number', 'record-number', 'record-number', 'insurance-id']);
    assert.deepEqual(flagged(note('Example: the student (OSIS 000000000) is referred; file no. 123456789.')), []);
  });

  it('leaves doses, lab values, rooms, policy codes and licence numbers alone', () => {
    const text = note('Client K.D. is on sertraline 100 mg, lithium level 0.8 mmol/L, Room 301, policy CL-07; my licence no. 00381266.');
    assert.deepEqual(flagged(text), []);
  });

  it('reads a table column headed "Case ref", "DOB" or "Client" as identifiers, and leaves initials, codes and other tables alone', () => {
    const doc = lines(
      '# Caseload',
      '',
      '| Case ref | Client | Type | Next step |',
      '|---|---|---|---|',
      '| BFS-2291 | Tamati Rangi | Family support | Closing March |',
      '| TBC | K.D. | Child welfare | Strategy meeting 12/02 |',
      '',
      '| Ref | Risk | Owner |',
      '|---|---|---|',
      '| R-1042 | Waiting list | Service manager |',
    );
    assert.deepEqual(flagged(doc), ['BFS-2291', 'Tamati Rangi']);
  });

  it('reads someone told of with their own family in a supervision note as a client, and leaves the supervisee alone', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Helen Marsh',
      '---',
      '',
      'Helen asked to start with Rosalind.',
      '',
      'Rosalind Ferreira-Lund talked about her brother Ciaran leaving for Perth. Helen noticed she wanted to rescue.',
    );
    assert.deepEqual(flagged(doc), ['Rosalind', 'Rosalind Ferreira-Lund', 'Ciaran']);
  });

  it('joins a short form to the one full name it starts or ends ("Gus" for "Angus Mensah"), and reads a name the person asked for', () => {
    const doc = lines(
      'Client: Angus Mensah, 19, referred by his GP.',
      '',
      'Gus missed Monday. Tipa (his preference) is the other young man Sipho sees; Tipa has been sleeping badly.',
    );
    assert.deepEqual(flagged(doc), ['Angus Mensah', 'Gus', 'Tipa', 'Tipa']);
  });

  it('reads a person told of with "whose" family, or updated on in minutes, as a client; a table column of cases too', () => {
    const minutes = lines(
      '# Team meeting',
      '',
      'Present: Orla Twomey (chair), Ben Adeyemi',
      '',
      '- A letter came from Mr Desmond Achterberg, whose son has been waiting since June.',
      '- Ben updated on Lorna Pike: she has moved flat and the referral is closed.',
      '',
      '| Date | Cases discussed | Focus |',
      '|---|---|---|',
      '| 3 May | Ruairi Walsh | Ending |',
      '| 10 May | Anonymous | Complaint themes |',
    );
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Mr Desmond Achterberg', 'Lorna Pike', 'Ruairi Walsh']);
  });

  it('reads Mdm and Mme as titles, a first name with a surname initial ("Hazel C.") as a name, and a young person\'s number in a leadership document', () => {
    assert.deepEqual(flagged(note('Mdm Tan Siew Lian, 67, came to us after her husband died.'), 'report.leadership.md'), ['Mdm Tan Siew Lian']);
    const log = lines('# Hours log', '', '| Date | Cases discussed | Focus |', '|---|---|---|', '| 4 June | Hazel C. (Rowan Court) | Falls plan |', '| 11 June | Mr T. | Capacity |', '| 18 June | Staff (internal) | Rota |');
    assert.deepEqual(flagged(log), ['Hazel C.']);
    assert.deepEqual(kinds(log), ['first-name']);
    // A column for codes holds no identifier, but a name written in it by mistake is one.
    const hours = lines('# Supervised practice hours', '', '| Date | Client code | Activity | Hours |', '|---|---|---|---|', '| 03/07 | C-114 | CBT | 1.0 |', '| 05/07 | Mia T. | Assessment | 2.5 |');
    assert.deepEqual(flagged(hours), ['Mia T.']);
    const register = lines('# Incident register', '', '- RM-2303: an SMS reminder went to the wrong young person: 0412 555 209 instead of 0412 555 290.');
    assert.deepEqual(kinds(register, 'register.leadership.md'), ['phone', 'phone']);
    assert.deepEqual(flagged(lines('# Minutes', '', 'See Appendix B. for the Team C. rota.'), 'minutes.leadership.md'), []);
  });

  it('reads a first name discussed under a case heading as a client, but not a pseudonym given for supervision or a worker named with a role', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Kerry Doyle',
      '---',
      '',
      '## Case discussion 1',
      '',
      'Patrick has not returned the mood diary and Kerry felt stuck.',
      '',
      '## Case discussion 2',
      '',
      'Kerry presented a woman she called "Bea" for the purpose of supervision; Bea is tapering slowly.',
      '',
      'Kerry will book Yasmin Haddad (Arabic, NAATI certified, staff interpreter) for the family meeting. Kerry, as the only Arabic-speaking clinician, should not interpret herself.',
    );
    assert.deepEqual(flagged(doc), ['Patrick']);
  });

  it("leaves staff alone on roster lines inside one paragraph, on a service's line, and named by a role before 'is', with a nurse's title or after the service's name", () => {
    const doc = lines(
      '---',
      'scope: supervision',
      '---',
      '# Peer supervision',
      '',
      'Te Awa Counselling Service, Kirikiriroa Hamilton',
      '**Service:** Corrib Psychology, Unit 3, Sandy Road, Galway H91 X2C4, (091) 555 200',
      'From: Carla Jeffries <cjeffries@cvusd.example.org>',
      'Facilitating: Niamh Cullinane',
      'Present: Declan Moriarty, Paula Kinsella',
      '',
      '## Case discussion',
      '',
      'Paula spoke about client M.F. and her grief. The reviewing officer is Alan Buchanan. Sister Lindiwe Zulu is arranging a night-sitter.',
    );
    assert.deepEqual(flagged(doc), []);
  });

  it("reads the particulars under a heading such as 'Client details' as the client's, in any document", () => {
    const review = lines(
      '# Complaint review',
      '',
      '## 2. Client details (for the review file only)',
      '',
      '- Address: 38 Mphuthi Street, Orlando East, Soweto 1804',
      '- Contact: 072 555 0198 (safe to leave a message)',
      '',
      '## 3. Findings',
      '',
      '- Contact the quality team on 011 555 0100.',
    );
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['38 Mphuthi Street, Orlando East, Soweto 1804', '072 555 0198']);
  });

  it('reads a nickname written inside a name as the same person, even when it is also a word ("Lily")', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      '---',
      '',
      '1. Lillian "Lily" Chen, 8th grade, 504 plan for anxiety.',
      '2. She is nervous about the meeting for Lily on 16 October.',
    );
    assert.deepEqual(flagged(doc), ['Lillian "Lily" Chen', 'Lily']);
  });

  it('reads a relative who complains on behalf of a client, a client named by a slip, and a letter posted to an address; leaves a supervisor and a rearranging contact alone', () => {
    const review = lines(
      '# Complaint review',
      '',
      'On 8 April Ms Rebecca Karalis contacted the service on behalf of her mother, Mrs Eleni Karalis, aged 91.',
      '',
      '- Privacy breach: a support letter was posted to 14 Banksia Crescent, Queanbeyan NSW 2620 (wrong recipient).',
    );
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['Ms Rebecca Karalis', 'Mrs Eleni Karalis', 'aged 91', '14 Banksia Crescent', 'NSW 2620']);
    const note = lines(
      '---',
      'scope: supervision',
      '---',
      '',
      "Ruan used the client's surname (Pretorius) before correcting himself. He will bring this to his regular supervision with Marisol Vega.",
      '',
      'Next session: 28 March. Contact for rearranging: halewood.tt@nhs.example.uk / 0151 496 0032.',
    );
    assert.deepEqual(flagged(note), ['Pretorius']);
  });

  it('reads a name under a client column as a client wherever else the document names them, and a "who …" clause about what happened to them', () => {
    const minutes = lines(
      '# Youth programme committee minutes',
      '',
      '| Ref | Summary | Student | Status |',
      '|---|---|---|---|',
      '| 14 | Disclosure at lunchtime, reported the same day | Marama Tipene | open |',
      '',
      'The programme manager will follow up with the family of Marama this week.',
      '',
      '| Action | Owner | Due |',
      '|---|---|---|',
      '| Confirm the safety plan for Marama | Ruth Evans | 3 May |',
    );
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Marama Tipene', 'Marama', 'Marama']);
    const group = lines(
      '---',
      'scope: supervision',
      'supervisee: Hannah Reid',
      '---',
      '',
      "Hannah presented Joel Baptiste (J2), who disclosed cutting last month. She was worried about Joel's notes being late.",
    );
    assert.deepEqual(flagged(group), ['Joel Baptiste', 'Joel']);
  });

  it('keeps a staff contact line under a policy title about client details, and a name in another cell of the row than a word that declares pseudonyms', () => {
    const policy = lines(
      '# Recording and checking client contact details',
      '',
      '- **Policy owner:** Farid Osman, Records Lead – farid.osman@harbour.example.org, 021 555 0144 ext. 310',
      '',
      '| # | Action | Owner |',
      '|---|---|---|',
      '| 2 | Cover for a clinician who is called away | Ms Osman |',
    );
    assert.deepEqual(flagged(policy, 'policy.leadership.md'), []);
  });

  it('reads pseudonyms announced in the sentence before, in a bracket after the quotes, or given with "call him"', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      '---',
      '',
      '- "Tui" (pseudonym) – contact after court',
      '',
      'She asked to present her second case under a pseudonym. "Niko", who is eleven, would not speak at school.',
      '',
      'We agreed to call him "Ari" in these notes. Ari\'s mother attends every session.',
    );
    assert.deepEqual(flagged(doc), []);
  });

  it('reads a relative named with "daughter of" and a reference given by the justice system', () => {
    const doc = lines(
      '# Annual report',
      '',
      '"You cared for him as if he were family." – Ngaire, daughter of a patient',
      '',
      'Check the MAPPA reference (LDN/2024/00981) against the referral letter.',
    );
    assert.deepEqual(flagged(doc, 'report.leadership.md'), ['Ngaire', 'LDN/2024/00981']);
  });

  it('reads a carer by what they do for the client, and keeps a colleague who does the same for the supervisee', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Aroha Tane',
      'supervisor: Fiona Walsh',
      '---',
      '',
      'Aroha brought Mrs Tuilagi, 93, who lives alone and refuses residential care.',
      '',
      'Tevita does her shopping on Saturdays and rings most evenings.',
      '',
      'Declan has stopped collecting her from the station since a row at Christmas.',
      '',
      'Fiona encouraged her to raise the rota with the manager.',
    );
    assert.deepEqual(flagged(doc), ['Mrs Tuilagi', 'Tevita', 'Declan']);
  });

  it('takes "Dr Hunter" for the doctor of that surname, not the client called Hunter, and reads a number written after a name as a record number', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      '---',
      '',
      'Facilitator: Dr Amelia Hunter',
      '',
      'Present: Oscar Reid, Leilani Ng',
      '',
      'Oscar presented Hunter, 15, referred by his school counsellor. Dr Hunter suggested a safety plan.',
      '',
      'Leilani presented Mia Castellano 430 118 927, who has been seeing Leilani fortnightly. Mia wants a letter.',
    );
    assert.deepEqual(flagged(doc), ['Hunter', 'Mia Castellano', 'Mia']);
  });

  it("finds where a client lives when the sentence says so, and a date of birth a few words after its label; leaves the service's own address alone", () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'She lives with her partner in a cabin at the holiday park, site 14, 2 Ross Street, Lennox Head NSW 2478.',
      '',
      'The date of birth on the referral (02/09/1989) does not match our system.',
      '',
      'Supervision is held at the Hill Street office, 45 Hill Street, Dunedin 9016.',
    );
    assert.deepEqual(flagged(doc), ['2 Ross Street', 'NSW 2478', '02/09/1989']);
  });

  it("finds a client's school or employer that acts for them or that they go to, in its own sentence, and every later mention of it", () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'Westmead Boys High have agreed to a reduced timetable for the rest of term.',
      '',
      'Eastfield Dental have been in touch about a return date, which worries her.',
      '',
      "She had looked up Eastfield Dental's opening hours \"just to know\".",
      '',
      'She wants to start the Certificate III at Granville TAFE in term 3.',
      '',
      'The supervisee attended the Westfield High School careers evening for the team.',
    );
    assert.deepEqual(flagged(doc), ['Westmead Boys High', 'Eastfield Dental', 'Eastfield Dental', 'Granville TAFE']);
  });

  it('leaves a place named like a client alone, and a colleague given with an extension', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'Client: Skye Henderson, 27, after a first episode of psychosis. Skye texted twice.',
      '',
      'Daniel is away walking on the Isle of Skye; Meg covers. Florence conference travel is booked for June.',
      '',
      'Subpoena forwarded to agency counsel, Margaret Chu (ext. 318), today.',
    );
    assert.deepEqual(flagged(doc), ['Skye Henderson', 'Skye']);
  });

  it('reads a school given in apposition, an age given as "someone of 91", a number on file after its label, and an employer line that says she works there', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'His school, École Sainte-Anne-de-Kent, has asked for a report.',
      '',
      'Jordan worries he is too young to be useful to someone of 91. The team has a caseload of 95 clients.',
      '',
      'Billing flagged that the Medicare Beneficiary Identifier on file (1EG4-TE5-MK72) does not match his card.',
    );
    assert.deepEqual(flagged(doc), ['École Sainte-Anne-de-Kent', 'someone of 91', '1EG4-TE5-MK72']);
    const review = lines('# Complaint review', '', '- Employer: Zola Community Pharmacy, where she works as an assistant', '', '- Employer: Ministry of Health (seconded staff)');
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['Zola Community Pharmacy']);
  });

  it("reads relatives and ages in case-note shorthand: a relation opening a clause, a dash after it, '38F'; a role after 'referred by' is the referrer's", () => {
    const doc = lines(
      '# Supervision – 3/6',
      '',
      'Case 1: Tyler, 14. Sharon (mum) is struggling; step-dad Craig works away in the mines.',
      '',
      'Nan – Pat Hughes – does school pick-ups.',
      '',
      'Case 2: 38F, Li Na, referred by GP for low mood. Husband (Wei) attends sessions.',
      '',
      'Uncle Yusuf is her sponsor.',
    );
    assert.deepEqual(flagged(doc), ['Tyler', 'Sharon', 'Craig', 'Pat Hughes', 'Li Na', 'Wei', 'Yusuf']);
    const minutes = lines('# Partnership forum', '', 'Present: Dana Ruiz, Tom Kerr', '', 'Partner Jane Ross (Barnardos) presented the new pathway.', '', 'Family Liaison – Ann Duffy – will join in June.');
    assert.deepEqual(flagged(minutes, 'forum.leadership.md'), []);
  });

  it('reads the items of a list introduced as cases ("Brianna brought three students:") as clients, like a section headed "Cases"', () => {
    const doc = lines(
      '# Individual supervision',
      '',
      'Intern: Brianna Cole. Site supervisor: Mr. Hector Alvarez.',
      '',
      'Brianna brought three students:',
      '',
      '1. Kaden – 504 plan meeting next week with his mother.',
      '',
      'Actions agreed:',
      '',
      '- Brianna – read the district policy.',
    );
    assert.deepEqual(flagged(doc), ['Kaden']);
  });

  it("reads a complaint response's addressee and address block, and a relative copied in at the complainant's request", () => {
    const letter = lines(
      '# Complaint response',
      '',
      'Birchwood House Care Home, 40 Loanhead Road, Perth PH1 2QQ · 01738 555 400',
      '',
      'Mrs Alison Reid',
      '12 Kinnoull Gardens',
      'Perth PH2 7BE',
      '',
      'Dear Mrs Reid,',
      '',
      'Your father, Mr George Laidlaw, aged 93, was found on the floor. I am sorry for the distress to you and your brother Stuart.',
      '',
      'Yours sincerely, Fiona MacAulay, Home Manager',
      '',
      'cc: Craig Munro, Deputy Manager; Stuart Laidlaw (at Mrs Reid\'s request)',
    );
    assert.deepEqual(flagged(letter, 'response.leadership.md'), [
      'Mrs Alison Reid', '12 Kinnoull Gardens', 'PH2 7BE', 'Mrs Reid', 'Mr George Laidlaw', 'aged 93', 'Stuart', 'Stuart Laidlaw', 'Mrs Reid',
    ]);
  });

  it('reads a letter headed with a name over a home address, a name in a client column the name finder does not know, and a saint\'s name in a hospital\'s', () => {
    const letter = lines('# Complaint response', '', 'Mr Elliot Vance-Moore', 'Unit 4, 18 Wattle Grove', 'Brunswick East VIC 3057', '', 'Dear Elliot,', '', 'Thank you again, Elliot.');
    assert.deepEqual(flagged(letter, 'response.leadership.md'), ['Mr Elliot Vance-Moore', 'Unit 4, 18 Wattle Grove', 'VIC 3057', 'Elliot', 'Elliot']);
    const table = lines(
      '# Caseload review',
      '',
      '| Student | Reason |',
      '|---|---|',
      '| Sawyer Pettibone (ID 2240316) | attendance |',
      '',
      "Sawyer's mom doesn't have a phone. Delayed discharge of Declan Byrne, 40, from St Declan's unit.",
    );
    assert.deepEqual(flagged(table), ['Sawyer Pettibone', 'Sawyer', 'Declan Byrne']);
  });

  it('reads a given name in brackets after a title and surname, a flower name before a surname, a baby named, an age after a bracketed name, and a label with a note in brackets', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      '3. Mrs Okonjo (Adaeze), 47 – recent admission.',
      '- Adaeze tearful, says the ward "didn\'t listen". D to liaise with Sarah Finch (AMHP) only if risk escalates.',
      '',
      'Our RA was asked to check on Jasmine Aldridge (student ID 20419836) last night.',
      '',
      '- Baby Cillian, born 18/08, thriving.',
      '',
      '| Resident | Worker |',
      '|---|---|',
      '| "Spud" (Darren Murphy), 41 | Ben |',
      '',
      'Ben wants Darren back at work.',
      '',
      'PPSN (for insurer): 7419265KA',
    );
    assert.deepEqual(flagged(doc), ['Mrs Okonjo', 'Adaeze', 'Adaeze', 'Jasmine Aldridge', '20419836', 'Cillian', 'Spud', 'Darren Murphy', 'Darren', '7419265KA']);
  });

  it('reads someone who died in the service\'s care and a relative who shares the name, a surname given with its label, and a prison number', () => {
    const policy = lines(
      '# Bereavement follow-up policy',
      '',
      'In January the daughter of the late Mr. Gordon Ashworth-Bell, who died on our residence unit in November, complained about our letters.',
      '',
      'Ms. Colleen Ashworth-Bell told us the letters arrived on her father\'s birthday.',
      '',
      'The programme is named after our founder, the late Mrs Dineo Maseko.',
    );
    assert.deepEqual(flagged(policy, 'policy.leadership.md'), ['Mr. Gordon Ashworth-Bell', 'Ms. Colleen Ashworth-Bell']);
    const memo = lines('# Memo', '', 'On 9 July a woman in her forties (surname Campbell-Gayle) left ED after 14 hours.', '', '| Date | Client | Activity |', '|---|---|---|', '| 07/08 | A8192FT | Assessment; prisoner transferred from HMP Lewes |');
    assert.deepEqual(flagged(memo, 'memo.leadership.md'), ['Campbell-Gayle', 'A8192FT']);
  });

  it("reads a pupil's school year in brackets ('S2'), an employer after 'works as a … at', and leaves a worker's number given after the worker's name", () => {
    const doc = lines(
      '# Supervision agreement and notes',
      '',
      '- **Supervisor:** Johannes "Hannes" van der Westhuizen, Senior Social Worker',
      '- Emergency consultation: by phone when a child\'s safety is at risk (Hannes: 082 555 7712).',
      '',
      'Lewis Kerr-Anand (S2, Linhouse High) is the pupil I find hardest. He works as a paper boy at Kerr News on Saturdays.',
      '',
      '- Time: one afternoon a term for CPD (agreed with the depute head, Mr Alasdair Grieve).',
    );
    assert.deepEqual(flagged(doc), ['Lewis Kerr-Anand', 'Kerr News']);
  });

  it('reads "a patient, Mr Conor Brennan," as a patient, and the nurse allocated to him as the worker', () => {
    const doc = lines(
      '# Clinical supervision',
      '',
      'Supervisee: Declan Whelan, Staff Nurse',
      '',
      'Declan wanted to talk about a night shift where a patient, Mr Conor Brennan, absconded. Declan was the nurse allocated to Mr Brennan.',
      '',
      'Cases are allocated to Eilidh Fraser on Mondays.',
    );
    assert.deepEqual(flagged(doc), ['Mr Conor Brennan', 'Mr Brennan']);
  });

  it("leaves alone the family of a listed worker named with the worker's name ('Hannah's partner, Tom'), and keeps a client's", () => {
    const doc = lines(
      '# Supervision notes — Hannah (supervisee), 2 May',
      '',
      'Her client Lily, 19, missed two sessions. Lily\'s mum, Joanne, emailed Hannah directly.',
      '',
      "Hannah's partner, Tom, has been unwell and she is tired.",
    );
    assert.deepEqual(flagged(doc), ['Lily', 'Lily', 'Joanne']);
  });

  it('reads "the school, St Brigid\'s …" in a note about one clinician\'s clients as the client\'s school, and a saint\'s name as no person', () => {
    const doc = lines(
      '# Supervision notes',
      '',
      'Kayla Morrison, 16, was seen three times this month for panic.',
      '',
      "We talked about whether Aoife should phone the school, St Brigid's Community College, before the review.",
      '',
      "Her formulation was shared with the school, with the family's consent.",
      '',
      "Aoife did her placement at St. Vincent's last year.",
    );
    assert.deepEqual(flagged(doc), ['Kayla Morrison', "St Brigid's Community College"]);
    const policy = lines('# Schools liaison policy', '', "Staff may phone the school, St Brigid's Community College, to arrange a visit.");
    assert.deepEqual(flagged(policy, 'policy.leadership.md'), []);
  });

  it("keeps the presenter of a case, the supervisee in a record's title and a worker named by their team; reads a relative after \"Mr X's mother,\"", () => {
    const group = lines(
      '# Group supervision – Tuesday 11 June',
      '',
      'Facilitator: Dr Sam Whitlock',
      'Present: Ife Adeyemi, Leon Marsh, Carys Bell',
      '',
      '## Case 3 – Leon',
      '',
      "Leon didn't bring a client this time and talked about the restructure instead.",
    );
    assert.deepEqual(flagged(group), []);
    const record = lines('# Clinical supervision – Chidi Okafor, RP (Qualifying)', '', 'Supervisor: Dr Marianne Leclerc', '', 'Chidi wanted to talk about a client he started with in January; Chidi was warm and steady.');
    assert.deepEqual(flagged(record), []);
    const minutes = lines(
      '# Senior leadership team minutes',
      '',
      'Beth raised Priya in the adult team, who is still struggling with her cases; Imran agreed weekly supervision for Priya.',
      '',
      "| 12 June | Mr X's mother, Gail Renshaw, telephones to ask when he will be seen. |",
      '',
      'The service manager met Mrs Renshaw on 8 July.',
    );
    assert.deepEqual(flagged(minutes, 'slt.leadership.md'), ['Gail Renshaw', 'Mrs Renshaw']);
  });

  it('follows a quoted nickname beside the full name, even one that is a word, and leaves a bold supervisee and a declared "pseud." alone', () => {
    const note = lines(
      '# Supervision – 7 October',
      '',
      'Jordan brought Brooke Hadley ("Bee"), 19, admitted on 9 September.',
      '',
      'Bee told Jordan she has been running before dawn.',
      '',
      '- "Mossy" (Maurice Brennan, 38) – back using after 11 weeks.',
      '- Plan: name the missed sessions directly with Mossy.',
    );
    assert.deepEqual(flagged(note), ['Brooke Hadley', 'Bee', 'Bee', 'Mossy', 'Maurice Brennan', 'Mossy']);
    const agreement = lines(
      '# Clinical supervision agreement',
      '',
      'This agreement is between **Chidi Okafor** (supervisee), Counsellor, and **Deirdre Lynch** (supervisor), for supervision of Chidi\'s work.',
      '',
      'The purpose is to support Chidi\'s safe and effective practice with clients.',
      '',
      '- Student (pseud. "Jess"), 2nd year nursing, low mood since a failed placement.',
      '- Maybe Jess\'s sense of failure is mirrored in the group.',
    );
    assert.deepEqual(flagged(agreement), []);
  });

  it('reads a known client at the start of a sentence by what they did, a learner column, a client verb after an apposition, and a town before a state code', () => {
    const review = lines(
      '# Critical incident review',
      '',
      'A patient, Ms Autumn Clarke, 24, developed refeeding syndrome on day 4 of admission.',
      '',
      'Autumn recovered and returned to the program on 19 September.',
      '',
      'Last quarter an affiliate confirmed that Mr Daniel Okonkwo, a bus operator at the Malvern garage, had attended his sessions.',
    );
    assert.deepEqual(flagged(review, 'cir.leadership.md'), ['Ms Autumn Clarke', 'Autumn', 'Mr Daniel Okonkwo']);
    const caseload = lines('# Caseload review', '', '| Learner | Grade | Concern |', '|---|---|---|', '| Precious Jacobs | 11 | suspected substance use |');
    assert.deepEqual(flagged(caseload), ['Precious Jacobs']);
    const soap = lines('# Supervision', '', '**Program:** Bluebonnet program, Austin, TX', '', 'Jordan saw Austin, 19, on Monday for the second time.');
    assert.deepEqual(flagged(soap), ['Austin']);
  });

  it("reads a client by their midwife or dietitian, and leaves a name the note agreed to call someone alone wherever it appears", () => {
    const memo = lines('# Caseload transfer', '', "Megan's midwife at the maternity unit knows about the change.");
    assert.deepEqual(flagged(memo, 'memo.leadership.md'), ['Megan']);
    const note = lines(
      '# Supervision – October',
      '',
      'The young person we agreed to call "Taz" in these notes is still sleeping on friends\' floors.',
      '',
      "The MacPhersons, Taz's foster carers until last year, have been in touch.",
    );
    assert.deepEqual(flagged(note), ['MacPhersons']);
  });

  it("reads a client's e-mail address that runs a hyphenated surname together, and keeps the worker who presented her", () => {
    const note = lines('# Supervision', '', 'Ahmed presented Yasmin Al-Hassan, 34, referred in March.', '', 'Contact: e-mail yasmin.alhassan@mail.example.');
    assert.deepEqual(flagged(note), ['Yasmin Al-Hassan', 'yasmin.alhassan@mail.example']);
  });

  it('reads family names with particles: two of them, or an article joined by a hyphen', () => {
    const note = lines('# Supervision', '', 'Pieter van der Merwe, 41, was referred by his GP.', '', 'Leila el Amrani, 29, and Yusuf al-Qadi, 33, started the group.');
    assert.deepEqual(flagged(note), ['Pieter van der Merwe', 'Leila el Amrani', 'Yusuf al-Qadi']);
  });

  it("reads an address or contact beside a labelled client in a list or table, a relative by their real name or their power of attorney, and a client who threw a chair", () => {
    const complaint = lines(
      '# Complaint file',
      '',
      '## Complainant and service user',
      '',
      '- Complainant: Mrs Bernadette Cullinane (mother of service user)',
      '- Service user: Ciarán Cullinane, 24',
      '- Address: 52 Monastery Walk, Clondalkin, Dublin 22, D22 K7W3',
      '',
      '**Complaints Officer:** Ms Siobhán Whelan (ext. 4417)',
    );
    assert.deepEqual(flagged(complaint, 'complaint.leadership.md'), ['Mrs Bernadette Cullinane', 'Ciarán Cullinane', '52 Monastery Walk, Clondalkin, Dublin 22, D22 K7W3']);
    const minutes = lines(
      '# Safeguarding committee',
      '',
      "- Draft v2: Mother's real first name (\"Kerry-Ann\") appeared once in error.",
      '- Any move to a care home must involve Mrs Hirst, who holds Lasting Power of Attorney for health and welfare.',
    );
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Kerry-Ann', 'Mrs Hirst']);
    const note = lines('# Triadic supervision', '', 'Ben described the incident when a client, Kieran Walsh, threw a chair in the kitchen.');
    assert.deepEqual(flagged(note), ['Kieran Walsh']);
  });

  it("leaves the writer's own family, a service's shared mailbox and line, peers present and a trainer alone", () => {
    const journal = lines(
      '# Placement journal, week 6',
      '',
      "Client: Dana Okoye, 27, referred for panic attacks; she lives with her partner, Marcus Lee.",
      '',
      "My partner, Jonas, says I talk about work at dinner less than I did in January. I missed the refresher because of my daughter Nia's recital.",
      '',
      'Site: Willamette Family Counseling, 2211 NE Broadway, Portland OR 97232 | (503) 555-0120',
      '',
      'Far West Wellbeing Service | 2/118 Argent St, Mundara NSW 2880 | (08) 8087 2200 | intake@fwws.org.au',
      '',
      'Peers present: Sinéad Murray, Oluwaseun Adeyemi, Kate Reddin',
      '',
      '| Book report-writing workshop (trainer: Ms Refilwe Sithole) | Pieter | 31/05/2024 |',
    );
    assert.deepEqual(flagged(journal), ['Dana Okoye', 'Marcus Lee']);
    const quoted = lines('# Supervision', '', 'Client: Dana Okoye, 27.', '', 'Dana said: "My mum, Rosa Okoye, rings me every night."');
    assert.deepEqual(flagged(quoted), ['Dana Okoye', 'Dana', 'Rosa Okoye']);
  });
  it('reads a double-barrelled surname in a client column, a pseudonym the note agreed to refer to someone by, and a crisis line after a centre\'s name', () => {
    const minutes = lines(
      '# MDT minutes',
      '',
      '| Patient | Hospital no. | Lead |',
      '|---|---|---|',
      '| Leah Griffiths-Evans | C503341 | RP |',
      '| Ffion McAllister | C482210 | SM |',
      '',
      "Leah's GP in Pontypridd has asked the team to take over potassium monitoring.",
    );
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Leah Griffiths-Evans', 'C503341', 'Ffion McAllister', 'C482210', 'Leah']);
    const note = lines(
      '# Supervision',
      '',
      'Second case: a young man we agreed to refer to as "Stevie" in these notes, 23, first-episode psychosis.',
      '',
      'Callum felt the joint visit helped Stevie feel less abandoned.',
      '',
      'Crisis resources for clients on the team handout: Distress Centre Ottawa 613-238-3311; Postpartum Support International helpline 1-800-944-4773.',
      '',
      'Client: Maya Brooks, 31, can be reached on 613-555-0187.',
    );
    assert.deepEqual(flagged(note), ['Maya Brooks', '613-555-0187']);
  });
  it('reads an age that ends a sentence ("Aaron Pettigrew, 34.") and the person a report is written on', () => {
    const memo = lines(
      '# Memo: after the death of a client',
      '',
      'His family has given permission for his name to be shared with staff: Aaron Pettigrew, 34.',
      '',
      'The family has asked that staff who knew Aaron be told about the memorial.',
      '',
      'Her report on Noah Fitzgerald went to his school unsigned and unchecked.',
      '',
      'Also, Jess could try shorter sessions with Noah and a review with his parents.',
      '',
      'Dosage stays at 2.5 mg; the ward budget is 34.5 per cent spent.',
    );
    assert.deepEqual(flagged(memo, 'memo.leadership.md'), ['Aaron Pettigrew', 'Aaron', 'Noah Fitzgerald', 'Noah']);
  });
  it("reads a number given straight after a client's or relative's name as theirs, and one after a worker's as the worker's", () => {
    const procedure = lines(
      '# Incident review procedure',
      '',
      '1. For example, patient Gerald Ashby should now start weekly CBT, and his therapist should call Mrs Ashby on (555) 201-3344 before his next session.',
      '2. Questions about this procedure go to the duty manager, Ms Siobhan Whelan, on (555) 201-4400.',
    );
    assert.deepEqual(flagged(procedure, 'procedure.leadership.md'), ['Gerald Ashby', 'Mrs Ashby', '(555) 201-3344']);
  });
  it('tells a client from a supervisee who shares her surname or first name, and reads a plain "Name" column beside record numbers', () => {
    const group = lines(
      '# Group supervision',
      '',
      'Present: Dr Rhian Lewis (supervisor), Adaeze Okafor, Sam Whitmore',
      '',
      'Adaeze presented a client who shares her surname: Mrs Comfort Okafor, 61, referred for health anxiety.',
      '',
      'Adaeze said she felt over-identified with Mrs Okafor and wondered if that made her softer on homework.',
      '',
      "Sam's client is also called Sam: Samantha Reilly, 27, referred for OCD.",
      '',
      'To avoid confusion the group agreed to call the client "Samantha" in discussion.',
    );
    assert.deepEqual(flagged(group), ['Mrs Comfort Okafor', 'Mrs Okafor', 'Samantha Reilly', 'Samantha']);
    const list = lines(
      '# Waiting list validation',
      '',
      '| MRN | Name | DOB | Weeks |',
      '|---|---|---|---|',
      '| LBH-0093005 | Ana Lucía Paredes | 11/30/1984 | 22 |',
      '',
      'Ms Paredes did not respond to three calls or a letter to 1180 W Greenleaf Ave, Apt 3B, Chicago IL 60626.',
      '',
      '| Date | Client | Type | Minutes |',
      '|---|---|---|---|',
      '| 2024-05-01 | Family W. | Family therapy | 90 |',
      '',
      '> Sophie | Patient Relations | plaintes@rivierenord.example.ca | ext. 2304',
    );
    assert.deepEqual(flagged(list, 'waitlist.leadership.md'), ['LBH-0093005', 'Ana Lucía Paredes', '11/30/1984', 'Ms Paredes', '1180 W Greenleaf Ave, Apt 3B']);
  });
  it('reads short given names that word lists also hold ("Bo", "Tam", "Maya") as names in a note about clients', () => {
    const note = lines(
      '# Supervision',
      '',
      '## Case discussion',
      '',
      '- Bo missed depot Mon (aripiprazole LAI 400mg). CR to home visit tmrw.',
      '- Big Tam has been on a methadone script for nine years and has asked to start reducing.',
      '- Maya, 24, was referred by her GP for panic attacks.',
    );
    assert.deepEqual(flagged(note), ['Bo', 'Tam', 'Maya']);
  });
  it('reads names in notes typed without capitals, leaves month names in dates alone, and keeps the workers a caseload is handed to', () => {
    const dictated = lines(
      '# Supervision',
      '',
      "kerry started with siobhán, the young woman from the flats who she's been seeing since november for panic.",
      '',
      'siobhán is 22 and lives with her mam.',
      '',
      'Kerry wants to hand over to the duty worker; she will tell siobhán on Monday.',
      '',
      '- kerry to discuss the carer-support/cbt split with siobhán next session',
      '- she sent the grace and jack notes, and e-mailed hong.nguyen@example.org',
    );
    assert.deepEqual(flagged(dictated), ['siobhán', 'siobhán', 'siobhán', 'siobhán']);
    const log = lines(
      '# Supervised practice log',
      '',
      '| Date | Client | Age band | Hours |',
      '|---|---|---|---|',
      '| 2 Jun | R.MacC. | 40–49 | 1.0 |',
      '| 9 Jun | J.M. | 30–39 | 1.0 |',
    );
    assert.deepEqual(flagged(log), []);
    const handover = lines(
      '# Supervision: caseload handover',
      '',
      'Supervisee: Brendan Tait',
      '',
      '## Caseload walk-through',
      '',
      'Most are handed to Mei Ling and Callum per the allocation sheet.',
      '',
      '- client D.R., 40s, stable, going to Callum.',
      '- Shane Pickering-Doyle, 33, two admissions this year; Brendan wants to tell shane himself on Monday.',
    );
    assert.deepEqual(flagged(handover), ['Shane Pickering-Doyle', 'shane']);
  });
  it('reads the next of kin a record gives, wherever the document names them again', () => {
    const review = lines(
      '# Incident review',
      '',
      'Patient: Keira O\'Sullivan-Tapsell, 24.',
      '',
      'Next of kin: partner Rhys, mobile 021 555 9302.',
      '',
      '| 9 Mar | Rhys rang reception angry that nobody had come. |',
    );
    assert.deepEqual(flagged(review, 'review.leadership.md'), ["Keira O'Sullivan-Tapsell", 'Rhys', '021 555 9302', 'Rhys']);
  });

  it('keeps a supervisor named in front matter apart from a client who shares the first name', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisor: Mark Ellery, CNC',
      'supervisee: Leah Tran, RN',
      '---',
      'Mark Delaney, 44, URN 6604219, two weeks overdue for his depot. Leah did the home visit today.',
      '',
      'Mark Ellery to review the plan with Leah next week.',
    );
    assert.deepEqual(flagged(doc), ['Mark Delaney', '6604219']);
  });

  it('reads a client by the name she goes by, and a date of birth after a bracket about the name', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Leah Tran',
      '---',
      'Priyanka Raghunathan (goes by Priya), DOB 17-Sep-1979, was referred post-partum.',
      '',
      "Leah's question was about using an interpreter — Priya's English is good but she goes silent when her husband is there.",
    );
    assert.deepEqual(flagged(doc), ['Priyanka Raghunathan', 'Priya', '17-Sep-1979', 'Priya']);
  });

  it('reads "Declan F." as the worker whose surname starts with F, not the client\'s father Declan', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisees: Niamh Walsh, Declan Foley',
      '---',
      'Genogram: mum Gráinne Mulcahy, dad Declan Mulcahy, and Aoife, 14, the identified patient.',
      '',
      'Reflecting team (Declan F., Orla) wondered about the family story.',
    );
    assert.deepEqual(flagged(doc), ['Gráinne Mulcahy', 'Declan Mulcahy', 'Aoife']);
  });

  it('reads a quoted nickname used as a label before the full name, and lower-case full names opening a line', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Carla Montoya, LMSW',
      '---',
      '**1. "Sparky"** — Ricardo Benally, 15, Bed 4.',
      '',
      '- Sparky will not talk about home yet. Carla to ask for an extended stay so Sparky is not discharged early.',
      '',
      '**2. destiny yazzie** — 16, came in through the outreach van.',
      '',
      '- Destiny wants to go back to her aunt.',
    );
    assert.deepEqual(flagged(doc), ['Sparky', 'Ricardo Benally', 'Sparky', 'Sparky', 'destiny yazzie', 'Destiny']);
  });

  it('reads a relation opening a clause after a comma, and a full name met only under a case heading', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisor: Dr Ruth Keane',
      'supervisee: Paudie Lynch',
      '---',
      '## Case 2 — Paudie',
      '',
      '**Mrs Hegarty, 81** — lives alone near Kinsale, daughter Saoirse rings Paudie most weeks.',
      '',
      "Paudie has been putting off Saoirse's calls.",
      '',
      '## Case 3 — Paudie',
      '',
      'ruby rourke at Carrigaline Community School — Paudie has been texting her reminders.',
      '',
      'Paudie to check Ruby has agreed to texts.',
    );
    assert.deepEqual(flagged(doc), ['Mrs Hegarty', 'Saoirse', 'Saoirse', 'ruby rourke', 'Carrigaline Community School', 'Ruby']);
  });

  it('reads a "Pt" column beside record numbers as names, and leaves a worker\'s own contact details and a place after "Where:" alone', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisor: Morven Leckie',
      'supervisee: Kirsty Baird',
      '---',
      '- Where: room 2.114, Pavillon Louis-Riel, Mt Albert site',
      '',
      '| Pt | CHI | Plan |',
      '|---|---|---|',
      '| Eilidh Paterson | 1104961183 | weekly calls |',
      '',
      '- Eilidh: stable, Kirsty happy to step down to monthly.',
      '',
      "Morven's contact for queries between sessions: morven.l@example.org or 0131 496 0000.",
    );
    assert.deepEqual(flagged(doc), ['Eilidh Paterson', '1104961183', 'Eilidh']);
  });

  it('reads a Medicaid ID in brackets after a lower-case name as a number, not as a degree', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Rhonda Pike, LADC',
      '---',
      '- dwayne kowalczyk (MA ID 00417723) — 44, asking to step down to weekly outpatient; dwayne relapsed in March.',
      '',
      'Re-do the ASAM for dwayne before any step-down.',
    );
    assert.deepEqual(flagged(doc), ['dwayne kowalczyk', 'dwayne', 'dwayne']);
  });

  it('keeps a supervisee with an initial before her credential, and the authors of models a note cites', () => {
    const doc = lines(
      'supervision notes — feb — Imani T. (LSW) w/ Gregor Dunleavy LCSW',
      '',
      "- Imani's note: she felt rushed in session 2. Gregor suggested Linehan's levels of validation.",
      '- Couples work: Sue Johnson is explicit that EFT is contraindicated with ongoing violence.',
    );
    assert.deepEqual(flagged(doc), []);
  });

  it("reads the name a client asked to be called, an EAP client told of by where they work, and a health number in brackets after its label", () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisor: Wendell Ashby',
      'supervisee: Corinne Baptiste',
      '---',
      '**Employer:** Prairie Sky Counselling Centre, Regina',
      '',
      '- "Big Tony" — that\'s what he asks to be called — court-mandated, pre-trial.',
      '',
      '**1. Nadia Karimi — employee at Saskatoon Grain Co-op, payroll**',
      '',
      'Her AHCIP number (48213-7765) is needed for the GP letter.',
    );
    assert.deepEqual(flagged(doc), ['Tony', 'Nadia Karimi', '48213-7765']);
  });

  it('keeps the two people a supervision note opens with, an interpreter booked through an agency, and languages', () => {
    const doc = lines(
      'weds sup — 3/12 — Ravi K. w/ Bernadette (1:1, 50 min)',
      '',
      "- ravi's own sleep is off; he says the calls remind him of his grandad.",
      '- Ravi booked Ms Hà from Lotus Language Partners for the next session; the family speaks Pashto and Dari.',
    );
    assert.deepEqual(flagged(doc), []);
  });

  it('reads a "Client(s) discussed" column, a client story under its label, a year of birth and a person the team knows', () => {
    const doc = lines(
      '---',
      'scope: leadership',
      '---',
      '| Date | Client(s) discussed | Action |',
      '|---|---|---|',
      '| 03/07 | Renata Oyelaran | warm referral |',
      '',
      'A client story submitted for the plan: Mr Dawit Tesfaye, who was treated by our trauma team for 40 weeks.',
      '',
      'The coordinator could not reach a therapist when Keanu Whitehorse (born 2009), a youth known to the team, was in crisis.',
      '',
      'One of our members, Lindiwe Mahlangu, told the consultation how long she waited.',
      '',
      'Casey to review the plan with Orrin Fairweather at his next session; the Brannigan matter goes to the panel.',
    );
    assert.deepEqual(flagged(doc), ['Renata Oyelaran', 'Mr Dawit Tesfaye', 'Keanu Whitehorse', 'Lindiwe Mahlangu', 'Orrin Fairweather', 'Brannigan']);
  });

  it("reads the employer in a case note's clause that leaves out its subject, and leaves a supervision agreement's purpose alone", () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Aoibheann Walsh',
      '---',
      '- 44, bipolar II, works part-time on the tills at Dunnes Stores Ballyvolane; her attendance is patchy.',
      '- works nights stocking shelves at Dollar Barn on Route 9, says the schedule is the main relapse risk.',
      '',
      'Supervision is a protected space for Aoibheann to reflect on her practice.',
    );
    assert.deepEqual(flagged(doc), ['Dunnes Stores Ballyvolane', 'Dollar Barn']);
  });

  it('keeps the colleagues a group supervision is held with', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Priya Shah',
      '---',
      '**2/18 (1.5 hr, group supervision w/ Jules + Oksana)**',
      '',
      "- group case: Oksana's couple, not Priya's case.",
      '- Priya presented Rosa Medina, 67, depression after her husband died.',
    );
    assert.deepEqual(flagged(doc), ['Rosa Medina']);
  });

  it('reads the names a quick case list opens with beside an age, and their later mentions in lower case', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Mick Horgan',
      '---',
      '- dazza, 52 — alcohol, home withdrawal booked w/ the nurse',
      '- mick worried he is "carrying" dazza, reflected it might be about his own dad',
      '- thandi m., 11 — placed w/ gogo since june',
      '- grant for thandi still not paid',
      '- the koro wants to come to the next session',
    );
    assert.deepEqual(flagged(doc), ['dazza', 'dazza', 'thandi', 'thandi']);
  });

  it('reads an HMIS number after a name in a table, an age after a bold name and a dash, and leaves a law firm\'s partner alone', () => {
    const doc = lines(
      '---',
      'scope: leadership',
      '---',
      '| Unit | Applicant | Score | Decision |',
      '|---|---|---|---|',
      '| 1B | Darnell Hughes (HMIS 118-20447) | 14 | approve |',
      '',
      'Trust solicitors: Blackmore Tull LLP – Ms Priya Kaur (partner), Mr Owen Bates (associate).',
    );
    assert.deepEqual(flagged(doc), ['Darnell Hughes', '118-20447']);
    const note = lines('---', 'scope: supervision', 'supervisee: Kate Lindgren', '---', '**Bree Sutcliffe** — 27, two kids in care. Kate feels stuck.');
    assert.deepEqual(flagged(note), ['Bree Sutcliffe']);
  });

  it("reads a street address after a client's name and an address at the time of an incident, and keeps a huddle's roster", () => {
    const huddle = lines(
      'Quality huddle, Bunbury CMHS',
      '',
      'Led by: Maeve Dunn (Team Leader). Present: Dr Ravi Kohli (consultant), Lily Tran (admin), Sam Ord (peer worker), 2 x OT students',
      '',
      '- alarm at desk 3 still broken, Lily to chase facilities',
      '- Mr Desmond Pryce, 14 Kestrel Tce, Bunbury — neighbour rang about shouting; Dr Kohli to review this week',
      '- 3 feedback posts: 2 positive (both name Sam), 1 about the wait',
    );
    assert.deepEqual(flagged(huddle), ['Mr Desmond Pryce', '14 Kestrel Tce']);
    const report = lines('---', 'scope: leadership', '---', '**Address at time of incident:** Flat 2, 9 Mill Lane, Dover CT16 1AB');
    assert.deepEqual(flagged(report), ['Flat 2, 9 Mill Lane, Dover CT16 1AB']);
  });

  it('keeps the people a group lists after a full stop, and a count after a name that is no age', () => {
    const doc = lines(
      'Group supervision, counsellors',
      '',
      'Thurs 4 April, Harbour Rd. Facilitator: Ines Faria (accredited supervisor). Present: Owen Pike (prov. psych, 4+2), Carla Nunes.',
      '',
      '## Carla - no case',
      '',
      'Carla had nothing to bring this week.',
      '',
      '## Owen - case',
      '',
      '"Sam" (not the client\'s real name, Owen\'s choice), 70s, grieving since his wife died.',
    );
    assert.deepEqual(flagged(doc), []);
  });

  it("takes a review's chosen name as a pseudonym while flagging the person's great age, and leaves a complainant who is the client", () => {
    const review = lines(
      '---',
      'scope: leadership',
      '---',
      '"Ivy" is the name her family chose for this review.',
      '',
      'Ivy was 93 when she died in hospital after a fall at home.',
      '',
      '1. Services treated her nephew as Ivy\'s carer without asking whether he could be.',
    );
    assert.deepEqual(flagged(review), ['93']);
    const log = lines('---', 'scope: leadership', '---', '| Ref | Complainant | Client | Issue |', '|---|---|---|---|', '| C-12 | Self | "R.T." (anonymity asked) | wait |');
    assert.deepEqual(flagged(log), []);
  });

  it("leaves a tree's name after an article, a recovery college and a liaison line's business hours", () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Hemi Walker',
      '---',
      'Kauri, 15, was referred by his school after a fight.',
      '',
      'Hemi will let the group choose the plan for the kauri forest walk. He wants to do the WRAP course at Recovery College.',
      '',
      'Family contact: Carer Liaison, 02 5550 1450 (business hours).',
    );
    assert.deepEqual(flagged(doc), ['Kauri']);
  });
});

describe('privacy/client-identifier: families, hurried notes and look-alikes', () => {
  it('finds a family named in a session: parents on a label, a couple with their facts in brackets, a family listed as present', () => {
    const doc = lines(
      'Supervisor: Carole Boucher. Intern: Maya Desrosiers.',
      '',
      '**Family:** Parents Sione and Mele. Younger sister Ana (9).',
      '',
      'Mele rang to rebook; Sione works nights at the freight yard.',
      '',
      'Maya is also working with Tavita and Losa (married 22 yrs, referred by Family Court).',
      '',
      'Present in room: Ngozi (mum), Emeka (dad).',
      '',
      'Maya wondered if the family want a more directive therapist (Emeka said "just tell us what to do").',
    );
    assert.deepEqual(flagged(doc), ['Sione', 'Mele', 'Ana', 'Mele', 'Sione', 'Tavita', 'Losa', 'Ngozi', 'Emeka', 'Emeka']);
  });

  it('finds a client in a hurried note: a word-name with an age after a dash, and the same name opening a later line', () => {
    const doc = lines('- hope — 34yo f, hx etoh + meth, on naltrexone since Feb', '- hope relapsed wknd after whānau hui', '- tama to bring the relapse plan; we hope for better');
    assert.deepEqual(flagged(doc), ['hope', 'hope']);
  });

  it('finds a client by the quoted name a bracket explains, and by a record about them in a leadership document', () => {
    const doc = lines('1) Luis — client "Dev" (Devendra K.), 22, session 9.', '', 'Luis shared an email Dev sent him on Sunday.');
    assert.deepEqual(flagged(doc), ['Dev', 'Devendra', 'Dev']);
    const audit = lines('# Records audit Q3', '', "A record was flagged because the care coordinator's notes on Mr Kieran Doyle described a disagreement about his dose.");
    assert.deepEqual(flagged(audit, 'audit.leadership.md'), ['Mr Kieran Doyle']);
  });

  it('leaves an intern named beside her role after the title, a training case, a visitor, a gift card and a partner sending apologies', () => {
    const doc = lines(
      'supervision notes — KB / Thandi (intern clinical psychologist)',
      '',
      'Thandi came in flat today. Lwazi, 19, mentioned his gogo again.',
      '',
      'Thandi asked whether to accept a $20 Tim Hortons card a client left at reception.',
    );
    assert.deepEqual(flagged(doc), ['Lwazi']);
    const policy = lines(
      '# Safety planning policy',
      '',
      '**Apologies:** Seán Ó Briain (Partner)',
      '',
      'Training sessions use a fictional case ("Jess", not a real person) to practise each section.',
      '',
      '| Date | Location | Person | What happened |',
      '|---|---|---|---|',
      '| 2025-01-16 | Lobby | Visitor | Visitor assaulted a security guard |',
    );
    assert.deepEqual(flagged(policy, 'policy.leadership.md'), []);
  });

  it("finds the names in a housing register's column of who each unit was matched to", () => {
    const doc = lines(
      '# Outreach team meeting, 3 March',
      '',
      '| Unit | Building | Matched to | Status |',
      '|---|---|---|---|',
      '| 3C | Hope Place, Main St | Grace Thunderchild | moving in 10 Mar |',
      '| 5A | Hope Place, Main St | — | vacant, awaiting referral |',
    );
    assert.deepEqual(flagged(doc, 'minutes.leadership.md'), ['Grace Thunderchild']);
  });

  it("finds a record's particulars strung together without labels, and leaves a register's references, a service's details and a staff directory alone", () => {
    const doc = lines(
      '# Serious incident review',
      '',
      "For the Coroner's file only: 2953 71842 1 · HLD0448217 · 2/14 Calloway St, Marrickville NSW 2204",
      '',
      '- Clinical record extract: ZMK8823 · 03/09/1986 · 14B Tawa Street, Hastings 4120',
      '',
      '- C24-032 · 05/07/2024 · partially upheld',
      '',
      'Khanya House, NPO 187-443 · PBO 930071562 · 021 555 0190',
      '',
      '| Chief Executive Officer | Magalies Hospice | 44 Jan Shoba St, Brooklyn, Pretoria 0181 | 012 460 7721 |',
    );
    assert.deepEqual(flagged(doc, 'review.leadership.md'), ['2953 71842 1', 'HLD0448217', '2/14 Calloway St, Marrickville NSW 2204', '03/09/1986', '14B Tawa Street, Hastings 4120']);
  });

  it('tells a titled supervisee with an initial, a new graduate, a patient in brackets and a pupil in a log from one another', () => {
    const doc = lines(
      '---',
      'scope: supervision',
      'supervisee: Mr S. Nxumalo, SW (SACSSP 10-51204)',
      '---',
      'Mr Nxumalo has 6 orders expiring before June.',
      '',
      'Kirsty Brennan (SLT, supervisor) w/ Anahera Wihongi (new grad SLT, 6 months in).',
      '',
      'Anahera brought her own whakapapa into this.',
      '',
      '- Karen (pt, bed 9): boundaries with family by phone.',
      '',
      '| Date | Student | Feedback |',
      '|---|---|---|',
      '| 11/14 | Elijah Okoro, 2nd gr, Palo Alto Elem | good tactile cues |',
    );
    assert.deepEqual(flagged(doc), ['Karen', 'Elijah Okoro']);
  });

  it('tells a supervisor known by a first name and an initial from a client of that first name, and reads a bracket after a pair for both', () => {
    const doc = lines(
      'Supervision - Naledi Z. with Fatima E. - Monday 3 March 2025, 14:00',
      '',
      'Fatima Adams, 58, was admitted to the IPU on Wednesday.',
      '',
      "Fatima's son in Cape Town has not been told the prognosis.",
      '',
      '- Reflecting team weekly with Lily Shaw and Sam Okoye (fellow trainees).',
      '',
      'Fatima E.',
    );
    assert.deepEqual(flagged(doc), ['Fatima Adams', 'Fatima']);
  });

  it("finds a client by a note's 'Pt' and a date of birth after the name, and by the surname a note says to replace with a pseudonym", () => {
    const doc = lines(
      'In the session of 14 November, Mrs Achterberg disclosed that her partner had been controlling the money.',
      '',
      '- Hannah\'s SOAP note had "Pt Hector Alvarez, 03/14/1957, reports..." in the S section.',
      '',
      '4. Case study: use the pseudonym throughout, and remove the Achterberg surname from your process notes.',
    );
    assert.deepEqual(flagged(doc), ['Mrs Achterberg', 'Hector Alvarez', 'Achterberg']);
  });

  it('leaves a member of staff alone whom the document says is no relation of a client with the same surname', () => {
    const doc = lines(
      '# Leave cover plan',
      '',
      '| Week | Duty |',
      '|---|---|',
      '| 5–9 Aug | Naomi Jenkins |',
      '',
      '| Client | Ref | Worker |',
      '|---|---|---|',
      '| Mr Alun Jenkins (no relation to Naomi), ex-RN | VWS-2252 | Owain Rees |',
    );
    assert.deepEqual(flagged(doc, 'cover.leadership.md'), ['Mr Alun Jenkins']);
  });

  it("reads the family a letter quoted in an organisation's document names as a client's, and a supervisee's own family in a note as no one's", () => {
    const letter = lines('# Family correspondence', '', '> My son Sipho is doing well for the first time in years.');
    assert.deepEqual(flagged(letter, 'letters.leadership.md'), ['Sipho']);
    const note = lines('Supervisee: Anna Berg', '', 'Anna said my son Sipho starts school this week, so she will be late on Monday.');
    assert.deepEqual(flagged(note), []);
  });

  it('finds the person a claim is brought for after their death', () => {
    const doc = lines('# Board minutes', '', 'The board entered executive session to discuss pending litigation (Estate of Ronald Hensley v. Crossroads Recovery).');
    assert.deepEqual(flagged(doc, 'minutes.leadership.md'), ['Ronald Hensley']);
  });

  it("finds a client said to be one in so many words, and by a record number a clause after the name; leaves a supervision's heading names alone", () => {
    const doc = lines(
      'tues sup — Jess M. w/ Brian (community addictions)',
      'oct 22, 1:30-2:30',
      '',
      '- jess back from 2 wks vacation, caseload 31, feels behind.',
      '',
      'Her client is Alison Rewiti, a nurse at Hutt Hospital, referred through the EAP.',
      '',
      'Student is Tegan Hollis, 2nd yr law, ID 300582194, and she texted on Saturday night.',
    );
    assert.deepEqual(flagged(doc), ['Alison Rewiti', 'Tegan Hollis']);
  });

  it('reads a roster label with a dash for a colon, and finds the person an inquest is about', () => {
    const doc = lines('supervisor – Gareth Lloyd-Evans (Team Manager / RMN)', 'supervisee – Nia Roberts (Band 6 CPN)', '', 'Nia says the caseload since Bethan went on leave is heavy. Nia cried in the car after a visit to her client.');
    assert.deepEqual(flagged(doc), []);
    const policy = lines('# Discharge planning procedure', '', 'This version follows the inquest into the death of Bradley James Cooper, nine days after discharge.');
    assert.deepEqual(flagged(policy, 'procedure.leadership.md'), ['Bradley James Cooper']);
  });

  it("reads a label's bracketed note and bold marks, an address label with its postcode's name, and a street after 'at'; 'moved to' a skill is no address", () => {
    const doc = lines(
      '---',
      'scope: supervision',
      '---',
      '**Client:** J.M., 34',
      '',
      '**IHI (if needed for file linkage):** 7023 4481 9952',
      '',
      '**Address / Eircode on file:** 14 Ashgrove Lawn, Raheen, Limerick V94 K2T8',
      '',
      'Marcus moved to problem-solving at minute 3 before J.M. had finished describing the weekend.',
    );
    assert.deepEqual(kinds(doc), ['record-number', 'address']);
    const policy = lines('# Lone working policy', '', '[Comment JK: this is what went wrong with Mr Terence Gallagher at 41 Holloway Road, Bootle L20 4RS in February.]');
    assert.deepEqual(flagged(policy, 'policy.leadership.md'), ['Mr Terence Gallagher']);
  });

  it("leaves a co-facilitator, a team's worker in brackets and a name before the next item's number alone", () => {
    const doc = lines(
      '**Agenda (Marcus):** 1) K.D. relapse and how I handled it, 2) group co-facilitation with Keisha, 3) documentation backlog',
      '',
      'T.R. has been dominating check-in. Marcus and Keisha disagree on whether to address it in group.',
      '',
      '- P.S., 26, first episode psychosis — transferring to EIP (Sam Greaves) next month.',
      '',
      '**Mossy** (Maurice Moriarty, 16) has been missing school.',
    );
    assert.deepEqual(flagged(doc), ['Maurice Moriarty']);
  });

  it("reads an event after a name and a dash in a bed log, a client's mental state after a title, and a file number with letters", () => {
    const log = lines('# Bed allocation meeting', '', '## Discharges', '', '- G-14: Marcus Tipoki – self-discharged 6/4 overnight.', '- G-15: vacant since 2/4.', '', 'Present: Dr Aman Dhillon (chair), Rachel Stone – presented the audit.');
    assert.deepEqual(flagged(log, 'beds.leadership.md'), ['Marcus Tipoki']);
    const minutes = lines('# Quality and safety committee', '', "The panel felt Mr McIlwraith's sleep problem should have been explored. Mr Hale asked whether the audit covered weekends.");
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Mr McIlwraith']);
    const thread = lines('> Specific issue: Mr Sizwe Ndlovu (file no. RPH-2023-04417) is ready for discharge.', '>', '> If Sizwe could go to the step-down facility we would have one bed back.');
    assert.deepEqual(flagged(thread, 'thread.leadership.md'), ['Mr Sizwe Ndlovu', 'RPH-2023-04417', 'Sizwe']);
  });

  it("leaves the ward's number that families are told to call, and keeps the number a relative rings from", () => {
    const told = lines('# Staffing plan', '', "Please don't give staff mobiles to whānau — whānau can call the ward on 07 555 0400.");
    assert.deepEqual(flagged(told, 'staffing.leadership.md'), []);
    const rings = lines('Her daughter, Margaret Clarke, lives in Leeds and rings the ward daily on 07700 900417.');
    assert.deepEqual(kinds(rings), ['relative-name', 'phone']);
  });

  it('reads a client noun before a name on a line that lists staff, and ends a name at an initial when a given name opens the next sentence', () => {
    const minutes = lines(
      'present: Carla (ED), Jim R. (clinical dir), Tasha (nursing lead)',
      '(two Jims — Jim R = Jim Reyes clinical director. Also note resident "Jimmy" below is neither)',
      '',
      '3. incident review — resident James "Jimmy" Okonkwo-Hart (rm 12B) found with strips not prescribed to him.',
      '',
      'Jim R said he would move Jimmy to 1:1s for a couple of weeks.',
    );
    assert.deepEqual(flagged(minutes, 'tues-mtg.md'), ['Jimmy', 'James "Jimmy" Okonkwo-Hart', 'Jimmy']);
    const group = lines('Present: Sarah Obi, Liam Walsh, Graham Cole (facilitator)', '', 'Group discussed splitting as a dynamic on the ward rather than a fault in Sarah O. Liam said he had felt defensive reading the night notes.');
    assert.deepEqual(flagged(group), []);
  });

  it('reads a quoted name after a word for a client as what the client is called, unless the note chose it', () => {
    const doc = lines(
      '# Supervision 14 Oct',
      '',
      '- wants to talk about repeat caller "Smokey" — calls most nights 2-4am, sometimes 5x/night',
      '- Smokey rang again on Sunday.',
      '- the young person we agreed to call "Taz" is doing better. Taz has started college.',
    );
    assert.deepEqual(flagged(doc), ['Smokey', 'Smokey']);
  });

  it("keeps a client whose name is followed by the role of someone else, reads a student number after '#', and leaves whoever stands in for the supervisor", () => {
    const log = lines(
      'supervisee: Daniel Okafor, school counsellor',
      '',
      '- grade 10 student, Ayla Brandt (student # 4420917), disclosed at lunch that her stepdad gets rough.',
      '',
      '> Hi Daniel — for the situation with Ayla, the worker is Jas Sandhu, you can reach her through the intake line.',
    );
    assert.deepEqual(flagged(log), ['Ayla Brandt', '4420917', 'Ayla']);
    const agreement = lines('# Supervision agreement', '', '- Ad hoc consultation for removals — phone the supervisor any time, or Ms Abrahams if unavailable.');
    assert.deepEqual(flagged(agreement, 'agreement.supervision.md'), []);
  });

  it("reads dictated punctuation, a pupil given with a school, and a form's 'Supervisee's question:' as no roster of staff", () => {
    const dictated = lines('dictated 2/25 — site supervision, intern Bryce Hallett', '', 'item two. student concern comma Maya Rosenfeld comma 10th grade Lakeview High comma student ID 2207719. referred by english teacher.', '', 'bryce did the screener with Maya same day.');
    assert.deepEqual(flagged(dictated), ['Maya Rosenfeld', '2207719', 'Maya']);
    const log = lines('Jess presented a Yr 10 student. Chloe Vandenberg, Harristown State High School, EQ ID 0087654321 — student agreed Jess could speak to the deputy (Mrs Lyn Kerr).');
    assert.deepEqual(flagged(log), ['Chloe Vandenberg', '0087654321']);
    const form = lines(
      '**Supervisee:** Seán Ó Murchú, Addiction Counsellor',
      '',
      'Client discussed: Gary Dunne, 36, on methadone 60 mg.',
      '',
      "Supervisee's question: Gary has asked Seán to write to his employer supporting return to driving duties.",
      '',
      'Liam co-facilitates with CO Dean Rowe; the whānau are Ngāti Maniapoto.',
    );
    assert.deepEqual(flagged(form), ['Gary Dunne', 'Gary']);
  });

  it('reads an address said to be out of date as a home, and a member ID given on the intake, and leaves the service\'s new address alone', () => {
    const doc = lines(
      '- the referral letter has the wrong address (says 22 Kylemore Road, D10 X2K7 - family moved last month). Clodagh to tell Gráinne.',
      '- Regence member ID on the intake (KSR88210457) needs to be re-verified, billing flagged it.',
      '- Our new address from 1 March is 14 Harbour Road, Dublin 3.',
    );
    assert.deepEqual(kinds(doc), ['address', 'insurance-id']);
  });

  it("reads a grade written as an ordinal after a name, a testimonial's speaker, and leaves a listed supervisor's own number alone", () => {
    const note = lines('supervisor: Bronwyn Tate, Senior OT', '', 'item three. devon Alvarez, 9th, attendance. Bronwyn contactable on 0491 570 156 between sessions.');
    assert.deepEqual(flagged(note), ['devon Alvarez']);
    const plan = lines('# Strategic plan 2025–28', '', '"I came in with nothing and left with my whakapapa back." — Rawiri Tūhoe, programme graduate 2023, quoted with his permission.');
    assert.deepEqual(flagged(plan, 'plan.leadership.md'), ['Rawiri Tūhoe']);
  });

  it('reads a real name let slip where a pseudonym was meant as a client\'s, wherever the note uses it again', () => {
    const doc = lines('**Yuki** - started with pseudonym "K" then slipped and said Kayla a few times; teenage client, 15, self-harm.', '', '- Plan: Yuki talks with Kayla about consent at next session.');
    assert.deepEqual(flagged(doc), ['Kayla', 'Kayla']);
    const draft = lines('# Supervision', '', '- slipped in my draft report and wrote "Ruairi" in the formulation paragraph – need to fix it before it goes to the team.', '', '- I accidentally said Niamh was late to the team meeting.');
    assert.deepEqual(flagged(draft), ['Ruairi']);
    const group = lines('# Group supervision', '', 'One participant used the client\'s real surname ("Mrs Brennock") by mistake; the facilitator reminded the group that cases are presented under pseudonyms.', '', 'The "Sizwe" case Lindiwe presented at the June seminar used a pseudonym throughout.');
    assert.deepEqual(flagged(group), ['Mrs Brennock']);
  });

  it("reads a family called by its surname in the plural as the clients of that surname, not a first name's owner", () => {
    const doc = lines('clients: couple, Jennifer Kessler 39 and Robert Kessler 41, session 5.', '', '- Kesslers asked about a session time change to Thursdays.', '', 'supervisor: Dr Anne Roberts', '', '- Roberts to check room availability.');
    assert.deepEqual(flagged(doc), ['Jennifer Kessler', 'Robert Kessler', 'Kesslers']);
  });

  it('leaves an author a note points the supervisee to', () => {
    const doc = lines('- We spent 20 min on this. Liam wants to read Marshall on therapist features in work with men who offend.');
    assert.deepEqual(flagged(doc), []);
  });

  it("reads an address 'confirmed as', a number after its label and 'on the referral was wrong', and a peer worker who completed the inpatient programme", () => {
    const note = lines('Agreed: joint visit with AMHP Sandra Ellis this week. Address confirmed as 22 Felling Road, Gateshead NE10 9QQ.', '', '- Medicare no. on the referral was wrong (2953 41078 1 - belongs to sibling?) - K to check w/ admin.');
    assert.deepEqual(kinds(note), ['address', 'insurance-id']);
    const plan = lines('# Staffing plan 2025–26', '', '3.2 We propose to appoint Sibusiso Mthembu, who completed our inpatient programme in 2023 and has volunteered since.');
    assert.deepEqual(flagged(plan, 'staffing.leadership.md'), ['Sibusiso Mthembu']);
  });

  it('reads no age over 120 after a place, and a river or a track named like a person as a place', () => {
    const plan = lines('# Strategic plan 2025–2028', '', 'We held 14 community conversations in Clare, Limerick and North Tipperary, 212 survey responses came from people who use our services, and five clinicians use the Logan Creek path for walk-and-talk.');
    assert.deepEqual(flagged(plan, 'plan.leadership.md'), []);
  });

  it("reads the number a client's family rang in on as theirs, and leaves the clinic's number a policy gives alone", () => {
    const register = lines('# Risk register Q1', '', "The client's wife rang the clinic on 0491 570 156 to report it and said she had been told by the pharmacy to call.", '', 'Families can call the clinic on 07 3555 0100 during business hours.');
    assert.deepEqual(kinds(register, 'register.leadership.md'), ['phone']);
  });

  it("reads someone said to be under the service's care as a client, in minutes that name a councillor", () => {
    const minutes = lines('# Board minutes', '', "Cllr Munro asked whether the young man named in last week's article, Jayden Moore-Tui, is still under the Trust's care.");
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Jayden Moore-Tui']);
  });

  it('reads the address on an intake form as the client\'s, and ends it before a table cell\'s bar', () => {
    const review = lines('# Incident review', '', '| Time | Event |', '|---|---|', '| 14:38 | Office manager finds the address on the scanned intake form: Box 112, 41 Whitemud Road, Pinawa MB R0E 1L0. |');
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['Box 112, 41 Whitemud Road, Pinawa MB R0E 1L0']);
  });

  it("reads 'Attending:' as a roster, and a presenter's cell in a caseload row as the presenter's", () => {
    const group = lines('# Group supervision', '', 'Attending: Callum Reddy, Ines Moravec-Hill, Tomasz Wren (trainee)', '', 'Case 2 (Callum): client K.P., 41, low mood; Callum wondered about stepping up. Ines shared her sleep worksheet.');
    assert.deepEqual(flagged(group), []);
    const table = lines('# Group supervision', '', '| Presenter | Client | Age | Ask |', '|---|---|---|---|', '| Ruairi | T.N. | 36 | is CBT enough? |', '| Ruairi | Halima Osei | 15 | school refusal |', '', 'Next time Ruairi presents.');
    assert.deepEqual(flagged(table), ['Halima Osei']);
  });

  it("reads a colleague's family programme as no sign of a client", () => {
    const note = lines('# Supervision', '', "Orla suggested he sit in on Niamh Carrick-Doyle's family programme on Thursdays – Niamh is happy with it.");
    assert.deepEqual(flagged(note), []);
  });

  it('reads a name beside a bare record number or an admission number as a client\'s', () => {
    const note = lines('# Supervision', '', "In one note shared for review, the trainee recorded a student's full name and number (Declan Ashworth, #40187733).");
    assert.deepEqual(flagged(note), ['Declan Ashworth']);
    const review = lines('# Incident review', '', 'The draft chronology named the resident in full (Sharlene Petersen, adm no WRH-23-0417); it has been withdrawn.');
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['Sharlene Petersen', 'WRH-23-0417']);
  });

  it('reads a first name with an unknown surname initial as someone other than the colleague of that first name', () => {
    const note = lines(
      '# Case consultation',
      '',
      'Also present: Rafael Quint (peer support worker)',
      '',
      'How to keep engaging Rafael D. now that he is refusing the morning medication.',
      '',
      'Rafael Dorado, 31, lives alone and has been on the team since 2022.',
      '',
      'Rafael Quint (peer) visited alone on Saturday with coffee and the door opened.',
    );
    assert.deepEqual(flagged(note), ['Rafael', 'Rafael Dorado']);
  });

  it("reads the person a worker has been seeing, in apposition, as a client", () => {
    const note = lines('# Supervision', '', "Keira wanted to talk about Marc-Antoine Bellerose, the man she's been seeing under the rail bridge since June.");
    assert.deepEqual(flagged(note), ['Marc-Antoine Bellerose']);
  });

  it('reads a step-down after a name and a dash in minutes as a client event', () => {
    const minutes = lines('# Caseload review minutes', '', '## Discharges planned', '', '- Tevita Fonua – stepping down to the youth hub, last visit 12 Sep.', '- Priya (duty) – on leave next week.');
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Tevita Fonua']);
  });

  it("reads ', ID' and a long number after a name as a student's ID, not a town in Idaho", () => {
    const note = lines('# Supervision', '', 'Student Corbin Aldous, ID 40218877, 3rd-year Nursing, living in the Oak Hall residence — lost weight over the break.');
    assert.deepEqual(flagged(note), ['Corbin Aldous']);
    const place = lines('# Supervision', '', 'The clinic she trained at is in Boise, ID 83702, and she moved here in June.');
    assert.deepEqual(flagged(place), []);
  });

  it('reads a name forms use for no one, and the particulars beside it, as an example', () => {
    const proc = lines('# Intake procedure', '', '4. Example entry for training only: "John Doe, DOB 01/01/1990, (208) 555-0100, member ID QXT40011827". Never enter real client data into training materials.');
    assert.deepEqual(flagged(proc, 'intake.leadership.md'), []);
  });

  it("reads 'Address on file' without a colon, and 'To avoid confusion:' as no roster line", () => {
    const note = lines('# Supervision', '', 'Address on file 2F1, 44 Easter Road, EH7 5PL — the paper intake form with it is still in my bag.');
    assert.deepEqual(flagged(note), ['2F1, 44 Easter Road, EH7 5PL']);
    const ward = lines(
      '# Group supervision',
      '',
      'Present: Megan Achebe (RMN), Liam Haddad (RMN).',
      '',
      'To avoid confusion: "Megan T." — the patient is Megan Thorburn, bed 4, informal admission.',
    );
    assert.deepEqual(flagged(ward), ['Megan', 'Megan Thorburn']);
  });

  it("reads 'Jo' as the supervisee Joanne of the front matter", () => {
    const note = lines('---', 'scope: supervision', 'supervisee: Joanne Mbatha', '---', '', '## Cases', '', "Client K.D., 44, warehouse supervisor, session 4. Jo worried about his drinking and will ask about it next time.", '', '- Jo: reduce private list');
    assert.deepEqual(flagged(note), []);
  });

  it("reads the author of a model a client shares a name with as the author, and a turn to present as a presenter's", () => {
    const note = lines('# Consultation', '', 'Supervisee: Grace Mackie', '', 'Client Rogers, 34, referred by his GP, works nights.', '', "Grace has been using a protocol built on Carl Rogers's person-centred approach.", '', 'Next group: Henrietta presents.');
    assert.deepEqual(flagged(note), ['Rogers']);
  });

  it("reads an address whose bracket says whose home it is, and a letter's address lines written as paragraphs", () => {
    const review = lines('# Serious incident report', '', '| Time | Event |', '|---|---|', "| 19:45 | Located by police at 14 Larchfield Rise, Northmoor NM4 2QT (her sister's address) |");
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['14 Larchfield Rise', 'NM4 2QT']);
    const letter = lines('# Complaint response', '', 'Ms. Roberta Quill', '', '881 Hemlock Crescent', '', 'Coquitlam, BC V3J 2K9', '', 'Dear Ms. Quill,', '', 'Thank you for your letter about the care of your father.');
    assert.deepEqual(flagged(letter, 'letter.leadership.md'), ['Ms. Roberta Quill', '881 Hemlock Crescent', 'V3J 2K9', 'Ms. Quill']);
  });

  it("reads '94 y.o.', a baby named on a ward's list, a room written 'rm', and a name typed in lower case after a full stop", () => {
    const flow = lines('# Patient flow', '', '- 12B: 94 y.o. female, awaiting a memory care bed.', '- Rm 6 – baby Ottilie Brennan-Shaw rooming-in with mother.');
    assert.deepEqual(flagged(flow, 'flow.leadership.md'), ['94 y.o', 'Ottilie Brennan-Shaw']);
    const news = lines('# Staff newsletter', '', '- **Grant and Leanne Stewart** (both Leith team!) welcomed baby Isla on 2 March. Congratulations from us all.');
    assert.deepEqual(flagged(news, 'news.leadership.md'), []);
    const texts = lines('# Saturday texts', '', '**7:10 AM – Dmitri:** done. also keisha in rm 12 is asking for her mom again.');
    assert.deepEqual(flagged(texts, 'texts.leadership.md'), ['keisha']);
  });

  it("reads a prison number after a name, the legal name behind a street name, a quoted street name before a dash, and 'Name – 22,'", () => {
    const note = lines(
      '# Supervision – outreach',
      '',
      "- 'Sparky' (Dale Brennock, B4471KQ) – spice use on the wing, erratic.",
      '- Gavin Roe (prison no. 61742) – released Monday; Stevie met him at the gate.',
      "- Bishop (that's what everyone calls him, legal name Howard Leese) – she has known him two years.",
      "- 'Tilly' – young woman, possibly under 18, seen twice near the bus station.",
      '- Rangi – 22, on probation, Hemi meets him at the library.',
    );
    assert.deepEqual(flagged(note), ['Dale Brennock', 'Gavin Roe', '61742', 'Howard Leese', 'Tilly', 'Rangi']);
  });

  it("reads 'admitted she feels' as a supervisee's confession, a grandad after 'w/' as a relative, and 'Jane Citizen' as an example", () => {
    const log = lines('sup log wk19', '', 'Orla Byrne (SP, 2nd yr) w/ Sarah Whitcombe (senior SP)', '', '- Bailey (7) – kinship placement w/ grandad Ken Pearce', '- Ken finding the home program too much', '- Orla admitted she feels "useless" with M.', '- Orla and I talked about the night Tipene Walker was readmitted to the secure unit.');
    assert.deepEqual(flagged(log), ['Bailey', 'Ken Pearce', 'Ken', 'Tipene Walker']);
    const policy = lines('# Confidentiality policy', '', 'Appendix B shows a completed record form for training using a made-up student, "Jane Citizen, Year 10, St Example\'s College".');
    assert.deepEqual(flagged(policy, 'policy.leadership.md'), []);
  });

  it("reads 'Student:' beside a placement's roster, and a placement table's students, as trainees", () => {
    const evalForm = lines('# Midterm field evaluation', '', '- Student: Jordan Okeke, student no. 20419877', '- Field instructor: Marisol Ortega, MSW, RSW (905-555-0163)', '- Hours completed at midterm: 232', '', 'Jordan arrives prepared and completes case notes within 24 hours.');
    assert.deepEqual(flagged(evalForm), []);
    const school = lines('# Counselling log', '', '- Student: Jordan Okeke, Year 9', '- Referred by: Ms Hale (year head)', '', 'Jordan said the bus is the worst part of the day.');
    assert.deepEqual(flagged(school), ['Jordan Okeke', 'Jordan']);
    const allocations = lines('# Term 2 placement update', '', '| Agency | Students | Onsite supervisor |', '|---|---|---|', '| Te Waiora Counselling | Aroha Ngata, Sam Ferris | Glen Matthews |');
    assert.deepEqual(flagged(allocations, 'update.leadership.md'), []);
  });

  it("reads an addressee whose role is the next line, a child-protection lead and a reporter named in brackets as no clients", () => {
    const letter = lines('# Response', '', 'Ms Philippa Dane', 'HM Senior Coroner for the County of Wrenshire', '', 'Dear Ms Dane,', '', 'Thank you for your report.');
    assert.deepEqual(flagged(letter, 'letter.leadership.md'), []);
    const notes = lines('# Team leaders group', '', 'Faith will bring the keyworker and the Designated Liaison Person (Siobhán Keane) together this week.', '', '- Times Union reporter (Erin Vasquez) asked for comment on overdose numbers.');
    assert.deepEqual(flagged(notes), []);
  });

  it("reads a caller named after 'caller', the address a worker got or confirmed for the police, and whose story a service tells", () => {
    const review = lines(
      '# Call review',
      '',
      '2/14 — caller Danny, callback 505-555-0187, intoxicated.',
      '',
      'Marisol got the address (2210 Coronado Ln SW) and stayed on while the dispatcher was conferenced in.',
      '',
      'She confirmed the address as 27 Wattle Cres, Glenmore Park, which Josh passed to the ambulance.',
    );
    assert.deepEqual(flagged(review), ['Danny', '505-555-0187', '2210 Coronado Ln SW', '27 Wattle Cres, Glenmore Park']);
    const plan = lines('# QI plan', '', 'Linh called the triage line in March and was told to call back with someone who speaks English.', '', "Linh's consent to use her story was recorded by Hoa on 12 April.");
    assert.deepEqual(flagged(plan, 'plan.leadership.md'), ['Linh', 'Linh']);
  });

  it("reads the name a record gave a patient, and the address of a first joint visit", () => {
    const minutes = lines('# Residency evaluation', '', '- The incident report quoted in the RCA draft referred to the patient as Gerald Amsel; the final version is to use initials.');
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Gerald Amsel']);
    const log = lines('# Practice educator log', '', '- family B. – neglect concerns. H. did a first joint visit to 9 Tanner Close, Eastmoor EM4 2QB, on 1/11.');
    assert.deepEqual(flagged(log), ['9 Tanner Close', 'EM4 2QB']);
  });

  it("reads an Elder on staff, an Aboriginal Health Worker and a nationality beside an age as no clients", () => {
    const note = lines(
      '# Supervision',
      '',
      'Colton opened with smudge; Kokum Rose Whitecalf (our Elder on staff) had offered sweetgrass this morning.',
      '',
      'Client J.T., 41 – Colton wondering whether to refer to Kokum Rose for ceremony before trauma work.',
      '',
      '**2. Yarning circle** – Danielle co-facilitating with Uncle Lenny Mabo-Reid (AHW) on Thursdays.',
      '',
      '**3. Ms T. (Eritrean, 24)** – sleep improving.',
    );
    assert.deepEqual(flagged(note), []);
    const hui = lines('# Te rōpū hui', '', 'Mikaere asked for advice on Tamati Hōhepa-Walker (tangata whaiora, Porirua East), whose whaea, Moana Walker, is asking for rongoā alongside his clozapine.');
    assert.deepEqual(flagged(hui), ['Tamati Hōhepa-Walker', 'Moana Walker']);
  });

  it("reads an export's client written in capitals, surname first, and leaves a clinician's NPI column alone; a supervisee 'presents her client'", () => {
    const audit = lines('# Billing audit', '', '| Claim # | DOS | CPT | Rendering NPI | Client | Finding |', '|---|---|---|---|---|---|', '| 24-0523-0458 | 05/23/24 | 90791 | 1215034487 | HARGROVE, ELI | no signed consent |', '| 24-0627-0091 | 06/27/24 | 90834 | 1730492258 | client seq 58 | unsupported add-on |');
    assert.deepEqual(flagged(audit, 'audit.leadership.md'), ['HARGROVE, ELI']);
    const consult = lines('# Case consultation – K. Lindqvist, RCC', '', 'Karin presents her client Ellie, 41, GP referral for panic disorder.');
    assert.deepEqual(flagged(consult), ['Ellie']);
  });

  it("reads the family in a note's part about the worker's own life as the worker's, and a client's family elsewhere as the client's", () => {
    const note = lines(
      '---',
      'scope: supervision',
      'supervisee: Bronagh Keane',
      '---',
      '',
      '## Check-in',
      '',
      'Bronagh said she is "running on fumes". Her partner Rob has been off work since January and their son Owen sits exams in May.',
      '',
      '**Home.** Her mum (Gloria) was diagnosed with early Parkinson\'s in February.',
      '',
      '## Cases',
      '',
      'Bronagh noted that his mum, Sharon Pyke, rang twice about the discharge date.',
    );
    assert.deepEqual(flagged(note), ['Sharon Pyke']);
  });

  it("reads a priest, a colleague who covers, a social worker written 'SW' and a supervisee typed in lower case as no clients", () => {
    const note = lines(
      '---',
      'scope: supervision',
      'supervisee: kyle (MSW, LSW)',
      '---',
      '',
      'sup 6/18 kyle, typed quick after IDT',
      '',
      "Talked through inviting the chaplain (Fr. Tom) and Dr. Nwosu to the family meeting about the patient's wishes.",
      '',
      'The on-call rota is already covered by Javier that weekend; rebalancing with Hannah (the other north-county SW) at the next IDT.',
      '',
      '- kyle: Sunday no-phone, talk to Hannah',
    );
    assert.deepEqual(flagged(note), []);
  });

  it('reads names typed in lower case: a title and surname, a first name and a surname, an age straight after a name, a name after a bed', () => {
    const huddle = lines(
      '# Safety huddle',
      '',
      '- bed 4 mrs. adeyemi for d/c today pending TTOs',
      '- bed 9: Tane Rewiti 1:1 obs continuing',
      '- privacy incident: an email with a client\'s full name and ID no (thandi mokoena 8804120234081) went to the wrong address',
      '- nomsa raised sizwe 24 in the day programme, whose family wants him discharged early',
    );
    assert.deepEqual(flagged(huddle, 'huddle.leadership.md'), ['mrs. adeyemi', 'Tane Rewiti', 'thandi mokoena', 'sizwe']);
  });

  it("reads a learner beside a practice tutor, the bench, the bar, a victim liaison officer and a board's members as no clients, and a name before '(ref …)' as a client's", () => {
    const note = lines(
      '# Reflective supervision – PQiP Year 2',
      '',
      '**Learner:** Kieran Moffat (PQiP) | **PTA:** Jo Templeton | **Date:** 12/03/2024',
      '',
      'Kieran felt out of his depth at the MAPPA meeting; VLO Hannah Lisle should be updated after each Level 2 meeting.',
      '',
      '- P.F., 52 – application pending for the Review Board (Board chaired by Mr Justice Declan Furrow, members Dr Aoife Brannagh and Ms Helen Tierney).',
      '',
      'Crown counsel Mr Sandeep Gill pushed on the 2023 AWOL; Ms Leah Brandt for the accused objected twice.',
      '',
      'The joint assessment for Callum Prytz (ref AADS-24-0288) stayed with me.',
    );
    assert.deepEqual(flagged(note), ['Callum Prytz']);
  });

  it("reads a constable's title, a time zone in capitals and a region's name in te reo as no client's name", () => {
    const note = lines(
      '# Case consultation — spouse of a local RCMP member',
      '',
      "Client Shauna R., 34, panic and insomnia. Shauna's worker on the co-responder car, Cst. Derek Moosehorn, is one of two officers in the community.",
      '',
      '- talked about how in Te Tai Tokerau you will always be related to someone',
      '',
      '**Next session:** 28 Nov 2024, 10:00 CST.',
    );
    assert.deepEqual(flagged(note), ['Shauna', 'Shauna']);
  });

  it("reads a partner at work and a post's holder in brackets as staff, and a complaint from an employee and a story agreed to as a client's", () => {
    const note = lines(
      '# Supervision',
      '',
      'Supervisee: Ruth Adair',
      '',
      'Nurse manager (Tom Reyes) has mentioned a fitness-for-duty review to HR. HR partner is Deb Lindgren.',
      '',
      "Ruth has asked the Head of Service (Patrick Hulme) to argue for a second post; the HR partner's name (\"Roisin Dowd\") came up first in the autocomplete.",
    );
    assert.deepEqual(flagged(note), []);
    const minutes = lines(
      '# EAP contract review',
      '',
      'A complaint was received on 9 September from an employee in Transit Operations, Mr Wesley Achterberg (employee no. 771205), via People & Culture.',
      '',
      'Chloe has agreed her story can be shared with Council; she is back on placement.',
    );
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Mr Wesley Achterberg', 'Chloe']);
  });

  it("reads a room after a name in brackets and whom a review looks into as clients, and the second of two authors or of two workers as not", () => {
    const note = lines(
      '# PBS supervision',
      '',
      'Good ABC data from support workers Tayla Ngata and Sione Faleolo – credit to them.',
      '',
      'Reading: LaVigne & Willis on the multi-element model.',
      '',
      '- "Mack" (Gordon McAlinden, Room 12) – relapse on weekend pass, came back intoxicated Sunday.',
    );
    assert.deepEqual(flagged(note), ['Mack', 'Gordon McAlinden']);
    const policy = lines('# Restrictive practices policy', '', "This version was rewritten after the 2023 learning review into Kieran Dowling's placement, where a locked kitchen was used for eleven months.");
    assert.deepEqual(flagged(policy, 'policy.leadership.md'), ["Kieran Dowling"]);
  });

  it("reads a texter's handle, a user's account e-mail and a relative's own mobile as a client's, and a line for clients as the service's", () => {
    const note = lines(
      '# Text line supervision',
      '',
      'Texter using the handle kiwi_moon_07 has contacted the line four times this month.',
      '',
      'Her daughter keeps ringing the music therapist after hours from her own mobile (0491 570 233).',
      '',
      'Reminder: the after-hours crisis line for clients is 541-555-0148.',
      '',
      'Follow us on Instagram @kind_minds_nz for the new group times.',
    );
    assert.deepEqual(flagged(note), ['kiwi_moon_07', '0491 570 233']);
    assert.deepEqual(kinds(note), ['username', 'phone']);
    const plan = lines('# App engagement QI plan', '', 'One user wrote via the in-app feedback form from account rhys.e.cf14@example.co.uk asking us to stop texting.');
    assert.deepEqual(flagged(plan, 'plan.leadership.md'), ['rhys.e.cf14@example.co.uk']);
  });

  it("reads a person's own scores and a programme graduate as a client, a name after '11-year-old', and one who names themselves in a quote", () => {
    const review = lines(
      '# Serious incident review',
      '',
      'The intended recipient was Sarah Brennan; the report went to another programme user.',
      '',
      "The report contained Ms Brennan's PHQ-9 and GAD-7 scores for eight weeks.",
      '',
      'Quote shared with written permission from Marcus Tillman, program graduate: "I could do it at 2am."',
    );
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['Sarah Brennan', 'Ms Brennan', 'Marcus Tillman']);
    const note = lines(
      '# Reflecting team',
      '',
      'Presenting concern: 11-year-old Zaid refusing school since the stepfather moved in.',
      '',
      'The user wrote in the journal field "my name is Gordon Thiessen and I want my data deleted".',
    );
    assert.deepEqual(flagged(note), ['Zaid', 'Gordon Thiessen']);
  });

  it("reads a South African ID after a name, a mother named by the family's surname apart from her son, and an address under 'Private & Confidential'", () => {
    const review = lines(
      '# Incident review',
      '',
      '## Patient details',
      '',
      'Name: Sipho Ndlovu, SA ID 9107125839081.',
      '',
      'Next of kin: mother, Mrs Ndlovu.',
      '',
      'Mr Ndlovu had been on the ward for 11 days.',
    );
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['Sipho Ndlovu', '9107125839081', 'Mrs Ndlovu', 'Mr Ndlovu']);
    assert.deepEqual(kinds(review, 'review.leadership.md'), ['full-name', 'record-number', 'relative-name', 'titled-name']);
    const letter = lines('# Complaint response', '', 'Private & Confidential', 'Mrs Bernadette Foley', '22 Sexton Street, Limerick V94 K8P3', '', 'Dear Mrs Foley,');
    assert.deepEqual(flagged(letter, 'letter.leadership.md'), ['Mrs Bernadette Foley', '22 Sexton Street', 'V94 K8P3', 'Mrs Foley']);
  });

  it("reads a filled-in form's fields as one client's, a head of year with another initial as no relation, and a complaint's file number as the organisation's", () => {
    const policy = lines(
      '# Client communication policy',
      '',
      '## Appendix: a sample completed form',
      '',
      'Client name: Alicia Montoya Baca',
      '',
      'Preferred phone for texts: 575-555-0184',
      '',
      'Preferred e-mail: amontoya88@example.net',
      '',
      'Staff witness: Fernando Rios, LMSW',
      '',
      'Contact for questions: Office of the Director, 845 N. Motel Blvd, Las Cruces NM 88007 · 575-555-0100',
    );
    assert.deepEqual(flagged(policy, 'policy.leadership.md'), ['Alicia Montoya Baca', '575-555-0184', 'amontoya88@example.net']);
    const memo = lines('# Memo', '', 'Re: Complaint file 2024-117 and changes to after-hours callback practice');
    assert.deepEqual(flagged(memo, 'memo.leadership.md'), []);
    const note = lines(
      '# School counselling supervision',
      '',
      '**Pupil 1**: Year 10 boy, Zain Khan, at Braunstone Park Academy. Referred by Head of Year (Mr I. Khan, no relation).',
      '',
      'Orla has been doing most of the year-head role since Mr Keogh went on sick leave.',
      '',
      'His girlfriend keeps calling the clinic from 505-555-0177 asking if he dosed.',
      '',
      'He is employed as a forklift operator at Clairwood Logistics and is worried about his job.',
    );
    assert.deepEqual(flagged(note), ['Zain Khan', 'Braunstone Park Academy', '505-555-0177', 'Clairwood Logistics']);
  });

  it("reads names as texters type them, gamer tags and user names as sites make them, and a staff handle, a coach's account and an example as no client's", () => {
    const note = lines(
      '# Web chat supervision',
      '',
      'Texter gave first name "tyler" around msg 14, said he\'s 16.',
      '',
      'Owen noticed real anger at jess\'s mum and moved to risk questions once jess wrote "enough".',
      '',
      '- gamer tag xXShadowMothXx, says he\'s 15; safeguarding ticket raised for jessb_2007.',
      '',
      '- still using the old staff handle ySpace_Kiri in the group chat room. Ruth\'s console handle is TOS_ruthm.',
      '',
      '| Sam\'s coach account | coach.sam.w@kowhaimind.example.nz |',
    );
    assert.deepEqual(flagged(note), ['tyler', 'jess', 'jess', 'xXShadowMothXx', 'jessb_2007']);
    const review = lines(
      '# Data breach review',
      '',
      'The file held 212 client records. Replies never come from personal work addresses (e.g. jdoe@cascadetele.example.com).',
      '',
      '- One texter, (859) 555-0164, received a survey link during an active rescue.',
      '- Ops followed up with Kayla (the texter) by SMS the next day.',
      '- Mr Tobias Ngata rang on 29/07 and was distressed; his counsellor called him back the same day.',
      '- Sipho Ndlovu called support from 083 555 0192 asking whether his employer could see he uses the app.',
      '- Member heather_h_89 was e-mailed at her registered address.',
    );
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['(859) 555-0164', 'Kayla', 'Mr Tobias Ngata', 'Sipho Ndlovu', '083 555 0192', 'heather_h_89']);
  });

  it("reads the note's supervisee by the initial in its title, a carer's seat on a committee, a hospital's file number and the address a record still holds", () => {
    const note = lines(
      '# Supervision – R. Okafor, LPC-A',
      '',
      '## Cases',
      '',
      'Marcus Delgado (MRN RB-0048813), 34, opioid use disorder. Rhiannon says he has missed two groups.',
      '',
      'Client "T.W.", 51, alcohol use disorder. Rhiannon noticed she gets impatient when he circles back to ambivalence.',
      '',
      '- Mrs Sarah Mokoena, 90 yrs, Bara folder no. 0918-4472X, lives with her grandson.',
      '- address in file is still the old one (22 Kurrajong St, Parramatta) – update on the system.',
    );
    assert.deepEqual(flagged(note), ['Marcus Delgado', 'RB-0048813', 'Mrs Sarah Mokoena', '90 yrs', '0918-4472X', '22 Kurrajong St, Parramatta']);
    const charter = lines(
      '# Dementia pathway steering group: terms of reference',
      '',
      '## Membership',
      '',
      '- Siobhán Keane, Dementia Pathway Coordinator (secretary)',
      '- Maeve Dunne, family carer representative (Alzheimer Society nominee)',
      '',
      'At the April meeting Maeve asked that her own experience be used as a worked example: her husband Liam Dunne waited 14 months for a diagnosis.',
    );
    assert.deepEqual(flagged(charter, 'charter.leadership.md'), ['Liam Dunne']);
  });

  it("reads a title typed in lower case, a Medicare number a clause after the word, a pupil's year and school staff, grandparents named as a pair, and a court's case number", () => {
    const note = lines(
      'stuff for supervision w jen thurs',
      '',
      '- mr petrakis - great wk, back at the mens shed, wife says sleeping better.',
      '- need to get his medicare no right on the d/c letter, its 2953 61874 2 not what is on the referral',
      '- Lachie (yr 9) – jess slipped into using his first name here.',
      "- R's school counselor at Roosevelt High asked Sarah for an update.",
      '',
      'Kayla (9) and Jack (6) Dunne have been with their grandparents Bernadette and Tom Dunne since March.',
      '',
      'Niamh can see herself in Kayla. Clozapine clinic stays Wednesdays, Room 5, Sunil and Kirra covering in turn.',
    );
    assert.deepEqual(flagged(note), ['mr petrakis', '2953 61874 2', 'Lachie', 'Roosevelt High', 'Kayla', 'Jack', 'Dunne', 'Bernadette', 'Tom Dunne', 'Kayla']);
    const memo = lines(
      '# Staffing memo',
      '',
      'Partner schools: Redgum Senior High School (14 Marri Way, Armadale) and Lakeview College (80 Shore Rd, Rockingham).',
      '',
      'Harrison P., Year 8 at Redgum, was referred in March after a disclosure to his teacher.',
      '',
      'The delay in the Delgado evaluation (Docket JV-24-0712) was due to a scheduling error. Case study 12 was read.',
      '',
      'e.g. Jean-Paul Robichaud, NS health card 0012 345 678, waited 147 days and was admitted in the meantime.',
      '',
      'For Toby Marsh (CC file 2023/00481), the carers want him to stay on at the local school.',
      '',
      '| Action | Owner | Due |',
      '|---|---|---|',
      '| Named carer invited to every discharge meeting | Ward 2 SCN | Sep 2024 |',
    );
    assert.deepEqual(flagged(memo, 'memo.leadership.md'), ['Harrison', 'JV-24-0712', 'Jean-Paul Robichaud', '0012 345 678', 'Toby Marsh', '2023/00481']);
  });

  it("reads a person's own record number, a relative's great age, a home in a bracket, a name after a doctor's full stop and a name in advice under a label; leaves Elders, faith leaders, a clinician's family sessions and a teacher alone", () => {
    const note = lines(
      'supervision notes – mia roberts (MHP, Eastgate SC) / tom baird',
      '',
      'Shona\'s Medicaid ID (PA 5502298841) is in the chart. Her main support is her grandmother, 94, who drives her in.',
      '',
      '- no fixed address since June but uses 9 Elm Row, Leeds LS6 2AB (brother\'s) for post',
      '- flag to Dr. Okoro. kyle\'s dose goes up on Friday.',
      '- Interpreter: book a younger interpreter for sessions with Kyle alone.',
      '- student D: grief, outbursts in science w Mr Castellanos (room 9). mia doing 1:1 weekly.',
      '- monthly cultural supervision with Auntie Ruth Kemarre (Elder, on staff); Pastor Joseph Mbeki (leader of the Lingala congregation) refers many clients.',
    );
    assert.deepEqual(flagged(note), ['Shona', 'PA 5502298841', '94', '9 Elm Row', 'LS6 2AB', 'kyle', 'Kyle']);
    const plan = lines(
      '# Strategic plan',
      '',
      '- "Nobody rang us for three months." – Mrs Sina Tuilagi, Ōtara fono, mother of a service user (quoted with consent)',
      '',
      'In last month\'s review, Tevita Mahe\'s family sessions were too directive. Somali Maay Maay speakers now wait longest for an interpreter.',
    );
    assert.deepEqual(flagged(plan, 'plan.leadership.md'), ['Mrs Sina Tuilagi']);
    // A clinician's numbered case is no record of the clinician's own.
    assert.deepEqual(flagged(lines('# Group supervision', '', "Priya's case 4 was the hardest this month; Priya brought it to the group.")), []);
  });

  it('reads a ward, a town, a site and a column of locations as places, and a discharge, a relapse, a complaint, a patient\'s parent and "the oldest patient" as signs of a client', () => {
    const review = lines(
      '# AWOL thematic review',
      '',
      'Supported by: Ross Baird, Senior Charge Nurse (Ettrick Ward).',
      '',
      'The unit has 24 beds over two wards (Ettrick, 12 male; Yarrow, 12 mixed).',
      '',
      'Peer workers across Gqeberha (5) and Makhanda (3).',
      '',
      'Dr Fitzgerald raised the discharge of Mr Colm Brennan, who has been on the unit 94 days.',
      '',
      'The Board noted that Tama Rawiri was moved back to Kauri after a relapse and his clozapine restarted.',
      '',
      'Its chair, Mere Paewai, whose son is currently on Totara, presented the priorities.',
      '',
      'Mr. Tremblay, a teacher at the La Ronge school, complained that his intake call was returned late.',
      '',
      'The oldest patient restrained last year was 93, on Geropsych 5.',
      '',
      'Claims go to claims@meridian.example.com. Team mobile for callbacks 087 555 0301.',
      '',
      '| Position | FTE | Location |',
      '|---|---|---|',
      '| Peer Specialist | 1.0 | Cody / Worland |',
      '| Peer Supervisor | 1.0 | Cody |',
    );
    assert.deepEqual(flagged(review, 'review.leadership.md'), ['Mr Colm Brennan', 'Tama Rawiri', 'Mere Paewai', 'Mr. Tremblay', '93']);
    const note = lines(
      'sup w/ Kirra – peer support, Moree outreach',
      '12/04/2025, phone (she was in the car between Boggabilla and Moree)',
      '',
      "- Tommy Adams – still at his aunty's place, 14 Frome St Moree. SAP is Keith Naranjo, NAADAC cert. SAP-40772.",
    );
    assert.deepEqual(flagged(note, 'notes-0412.md'), ['Tommy Adams', '14 Frome St']);
  });

  it("reads a trainee's own student number, a placement table and a practicum student as no client's, and 'her address', 'her new number', a police event and a cause number, a name 'written as' and one 'without a pseudonym' as a client's", () => {
    const note = lines(
      'Supervisee: Josh Fenwick, intern psych (PGDipClinPsych, student ID 300518822)',
      '',
      'Present: Harjit Sandhu (student #51938204), Liam Ward (#60021577).',
      '',
      'Mei presented her client Sophie Lavoie, 19, first year, without a pseudonym.',
      '',
      'In this plan I first wrote the client as "Sian"; we agreed to refer to the client as "Taz" from now on.',
      '',
      "CO's summary had the university ID (C2204519) and her hall address, 14 Ferncliffe Road, Flat 3, Sheffield S10 2PL, typed in.",
      '',
      'Her new number 0491 570 118 was texted to the duty worker. Police event number E 71203344 is on the file.',
      '',
      'Case numbers on the intake: probation cause no. 49G21-2211-F6-031442, IDOC no. 287731.',
      '',
      "- P's own number on the referral letters: 0491 570 156 — fine to keep, it's her work phone.",
    );
    assert.deepEqual(flagged(note, 'sup.supervision.md'), [
      'Sophie Lavoie', 'Sian', 'C2204519', '14 Ferncliffe Road, Flat 3, Sheffield S10 2PL', '0491 570 118', 'E 71203344', '49G21-2211-F6-031442', '287731',
    ]);
    const plan = lines(
      '# Placements',
      '',
      'Yuki raised that one practicum student, Kayla Brooks, has missed three supervision sessions.',
      '',
      '| Student | Program | Student no. | Days | Supervisor |',
      '|---|---|---|---|---|',
      '| Aisha Rahman | MA Counselling | 0298841 | Tue/Wed | D. Cormier |',
    );
    assert.deepEqual(flagged(plan, 'plan.leadership.md'), []);
  });

  it("reads a reply's speaker and the colleague a message greets as staff, a committee member who says they are a patient as a client, and a school named after its word, an NDIS number, a plan manager and a long aside before the verb", () => {
    const thread = lines(
      'Subject: RE: supervision follow-up',
      '',
      '> Hi Trish, I wanted to get this down before I lose it. Darrell Nickerson (the lobster fisherman from Clark\'s Harbour I mentioned) relapsed over the weekend.',
      '',
      'Trish: On his mother, check his release first.',
      '',
      '- attends Te Kōhanga Reo o Hinetāwhiri, Ruatōria, 3 days/wk',
      '- NDIS participant no. 431 558 902, plan reviewed 02/02/2024.',
      "- Moira suggested he sit in on Ailsa's alcohol clinic in Peterhead twice this month.",
    );
    assert.deepEqual(flagged(thread, 're-sup.supervision.md'), ['Darrell Nickerson', 'Te Kōhanga Reo o Hinetāwhiri', '431 558 902']);
    const minutes = lines(
      '# Involvement committee',
      '',
      'Chair: Janet Ellery (service user co-chair). Co-chair: Simon Pryce, Director of Nursing.',
      '',
      'Present: Janet Ellery; Simon Pryce; Abdul Karim (peer support lead, lived experience).',
      '',
      'Janet declared that she is currently under the Bury CMHT. Abdul declared he was a patient of the Trust 2012-2015 and is now employed as peer support lead.',
      '',
      "Jessica's plan manager queried the invoice. A participant phoned: Mr. Curtis Bellamy, who was exited in August.",
    );
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Janet Ellery', 'Janet Ellery', 'Janet', 'Jessica', 'Mr. Curtis Bellamy']);
  });

  it("reads a name typed in lower case again wherever it stands, a record label straight after a name and whom a referral is for; leaves a qualified practitioner, a team's base, a form's placeholder and a carer's assessment alone", () => {
    const note = lines(
      '**Supervisee:** Ewan Laird, CPN',
      '**Base:** Sector HQ, Unit 4 Kilnap Business Park, Cork T23 X5K8 (team base, not a client address)',
      '',
      '- Mhairi Dunlop CHI 2207854410 — declining visits, says "no point".',
      '- mhairi lives w/ partner Stuart now.',
      '',
      "Ewan felt out of his depth with mhairi's hopelessness.",
    );
    assert.deepEqual(flagged(note, 'notes-0412.md'), ['Mhairi Dunlop', '2207854410', 'mhairi', 'Stuart', 'mhairi']);
    const plan = lines(
      '# Development plan',
      '',
      '**Name:** Hannah Osei, qualified PWP (BPS PWP register 20-14452)',
      '',
      "Carers must be offered a Carer's Needs Assessment. Minimum dataset: [Name], CHI [0000000000], current medication.",
      '',
      'The referral for Sgt. (ret.) Dwayne Mercer expired before we saw him. Please keep the Mercer follow-up off the board packet.',
    );
    assert.deepEqual(flagged(plan, 'plan.leadership.md'), ['Dwayne Mercer', 'Mercer']);
  });

  it("reads a relation after a dash or in the next cell as a relative, and leaves a workers' table of mobiles, an agency's booking and Te Whatu Ora alone", () => {
    const log = lines(
      '# Hospice supervision log',
      '',
      '| Name | Role | Mobile (on-call) | Present |',
      '|---|---|---|---|',
      '| Jayden Tuiasosopo | AOD counsellor | 0491 570 213 | Y |',
      '',
      '| Case | Contact | Relation | Note |',
      '|---|---|---|---|',
      '| J.McK. | Morag McKenzie | daughter | coping, declined group |',
      '',
      'Family meeting – mother Bernadette Dunne very angry at team.',
      '',
      'Te Whatu Ora is consulting on merging the two intake teams. Night shift uncovered; agency booked, booking ref AGY-77413.',
    );
    assert.deepEqual(flagged(log, 'log.supervision.md'), ['Morag McKenzie', 'Bernadette Dunne']);
  });

  it("reads a surname that is also a place's word after a title, a parenting group's table of parents and a relative named by whose they are; leaves a supervisee so named, a lawyer and a code that spells a label alone", () => {
    const note = lines(
      '---',
      'supervisee: Callum Day (Provisional Psychologist)',
      '---',
      '',
      'Callum has seen the boy four times. He handled Mr Ward well in group, as Mrs Lane noted.',
      '',
      '| Parent | Child / age | Notes |',
      '|---|---|---|',
      '| Priya and Tom Ashdown | twins, 8 | Tom came alone |',
      '',
      'Sinead Farrell (Oscar\'s mum) asked for the slides. The family lawyer (Hollis & Grant LLP, contact Ms Dana Roe) rang too.',
      '',
      'Incident ref: CRN-IR-2025-044.',
    );
    assert.deepEqual(flagged(note, 'notes.supervision.md'), ['Mr Ward', 'Mrs Lane', 'Priya and Tom Ashdown', 'Tom', 'Sinead Farrell', 'Oscar']);
  });

  it("reads a caller's or a texter's own name for themselves, a frequent caller, a complainant, the family of a service's member and a date of birth on a cover sheet; leaves a worker's employer and a complaints address alone", () => {
    const log = lines(
      '# Saturday shift',
      '',
      'The second caller said his name was Ger, from Tallaght. Volunteer Aisling stayed with him.',
      '',
      '- "Bluey" is a regular at the drop-in, goes by Bluey.',
      '- Bluey asked for a lift to Sunshine.',
      '',
      'Aisling works for Hillside Family Support Trust two days a week.',
      '',
      '- DOB on the draft cover sheet (07/22/1989) does not match the booking sheet.',
    );
    assert.deepEqual(flagged(log, 'log.supervision.md'), ['Ger', 'Bluey', 'Bluey', 'Bluey', '07/22/1989']);
    const minutes = lines(
      '# Trustees',
      '',
      'The complainant, Mr Gordon Leach, has written twice. A complaint came in from the wife of one member, Noel Barrett, about his counsellor.',
      '',
      'For example, Shirley from near Corowa rang 43 times in March.',
      '',
      'Members can complain by phone (041 555 0132) or in person at 18 Heugh Road, Walmer.',
    );
    assert.deepEqual(flagged(minutes, 'minutes.leadership.md'), ['Mr Gordon Leach', 'Noel Barrett', 'Shirley']);
  });

  it('reads text pasted into a code block, a relation before a dash, a child called little, the child a relative cares for, a sister with a date of birth and a person\'s own ID; leaves a guardian ad litem, a Māori role and a worker named as a task\'s owner alone', () => {
    const note = lines(
      'Case consultation',
      'GAL: Cormac Fitzgerald',
      '',
      'He copied the referral into his notes:',
      '',
      '    REFERRAL – Ballina Family Practice',
      '    Patient: Corey James MADDOCK   DOB: 03/09/1995',
      '    Mobile: 0491 570 226',
      '',
      '```',
      'Next of kin: Gail Maddock (mother)',
      '```',
      '',
      'Cormac is drafting the report. Sister Ariana, DOB 06/02/2019, was not seen alone.',
      '',
      '- Dani is stuck with the kinship nan for Chloe Vella.',
      '- Whether little Kayden Morrow stays with his nan.',
      '- meet Mrs Cullinane (Cormac)',
      '',
      '> [22:49] my ID is 9204115432081 if u need it',
    );
    assert.deepEqual(flagged(note, 'notes.supervision.md'), ['Corey James', 'MADDOCK', '03/09/1995', '0491 570 226', 'Gail Maddock', 'Sister Ariana', '06/02/2019', 'Chloe Vella', 'Kayden Morrow', 'Mrs Cullinane', '9204115432081']);
    const minutes = lines(
      '# Board paper',
      '',
      'A man keeps coming to reception demanding to see his son – Thabo Mokoena.',
      '',
      'Cultural supervision is led by Hinemoa Tipene, Pou Whakahaere, for all kaimahi.',
      '',
      '```js',
      'const client = "Keep out of scope";',
      '```',
    );
    assert.deepEqual(flagged(minutes, 'paper.leadership.md'), ['Thabo Mokoena']);
  });

  it("reads a dictated date of birth, a client's surname typed later in lower case, a change in a person's own medicine and a member of the public's calls; leaves a resident in training on a roster after a middle dot and the place a client is from alone", () => {
    const dictated = lines(
      'supervision dictation, dana supervising marcus',
      '',
      'ok so marcus brought robert kowalski d o b 3 14 1979 comma referred from drug court',
      '',
      'marcus noticed he was irritated with robert for missing groups',
    );
    assert.deepEqual(flagged(dictated, 'dictation.supervision.md'), ['robert kowalski', 'robert']);
    const note = lines(
      '# Group supervision',
      '',
      'Date: Nov 6 · Facilitator: Dr. Marguerite Lévesque · Present: Gabriel Dufresne (psychology resident)',
      '',
      'Gabriel saw a client from Haiti. Phone interpreters used northern words (client is from Vũng Tàu).',
      '',
      'Welfare check: Janelle Kostas, DOB 03/07/1971, found at home. Intrusive images after the kostas job.',
    );
    assert.deepEqual(flagged(note, 'notes.supervision.md'), ['Janelle Kostas', '03/07/1971', 'kostas']);
    const policy = lines(
      '# Interpreter policy',
      '',
      "A team used Mr Tariq Hussain's daughter to explain a change in his depot medication.",
      '',
      "Rhian is finding Mrs Glenys Price's calls at night very hard.",
    );
    assert.deepEqual(flagged(policy, 'policy.leadership.md'), ['Mr Tariq Hussain', 'Mrs Glenys Price']);
  });

  it("reads a relative named by whose they are on a roles table, a health number a few words after its label and a quotation used with permission; leaves a partner organisation's person, a volunteers' mailbox and what a child is carrying alone", () => {
    const charter = lines(
      '# Project charter',
      '',
      '| Role | Person | Contact |',
      '|---|---|---|',
      '| Co-director (theatre) | Gabriel LeBlanc, Bus Stop Theatre | 902-555-0133 |',
      '| Family liaison | Donna MacIsaac (mother of cast member Ethan) | 902-555-0164 |',
      '',
      'Approved: C. Fraser (sponsor), G. LeBlanc (partner), 9 Jan 2025.',
      '',
      '"The choir is the only place I\'m not a patient." — Marjorie Boateng, choir member since 2021 (quoted with permission)',
      '',
      'Coordinator, Consumer & Carer Participation: Michelle Tan, volunteers@smmhs.example.org.au.',
    );
    assert.deepEqual(flagged(charter, 'charter.leadership.md'), ['Donna MacIsaac', '902-555-0164', 'Marjorie Boateng']);
    const reply = lines(
      'Hi Kirsty,',
      '',
      "> Callum's gran rang again wanting to know what he says about his dad.",
      '',
      'I\'d also check the CHI on the referral (I think it was 1204159876?) before you write to the school. It\'s useful to know what Callum is carrying.',
    );
    assert.deepEqual(flagged(reply, 're-sup.supervision.md'), ['Callum', '1204159876', 'Callum']);
  });

  it("reads an adult client in apposition, a person's own clinician, a relative whose son is a named unit's patient after where she lives, and an AHCCCS number", () => {
    const paper = lines(
      '# Board paper',
      '',
      'The report concerned Sipho Mthembu, an adult client seen for an assessment.',
      '',
      "Ian asked whether Mr. Landry's clinician should waive the fee.",
      '',
      'Mrs. Dolores Fitzgerald of Birch Lane, Antigonish, whose son is a Forest Hill patient, wrote to the Board in October.',
      '',
      'A plan listed the AHCCCS ID A40718823 on the school copy.',
    );
    assert.deepEqual(flagged(paper, 'paper.leadership.md'), ['Sipho Mthembu', 'Mr. Landry', 'Mrs. Dolores Fitzgerald', 'A40718823']);
  });
});
