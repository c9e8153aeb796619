import { describe, expect, it } from 'vitest';
import { isFeedbackAnswer, noticesIn } from '../../../../src/lib/ingest/notices.ts';

const kinds = (text: string) => noticesIn(text).map((n) => n.kind);

describe('page notices', () => {
  it('finds a feedback widget’s question, its thanks and its invitation, however the page words them', () => {
    expect(kinds('Was this information useful?')).toEqual(['feedback']);
    expect(kinds('How helpful was this guide?')).toEqual(['feedback']);
    expect(kinds('Did you find what you were looking for?')).toEqual(['feedback']);
    expect(kinds('Rate this story')).toEqual(['feedback']);
    expect(kinds('Thank you for your feedback.')).toEqual(['feedback']);
    expect(kinds('Help us improve our website')).toEqual(['feedback']);
    expect(kinds('Was this helpful?')).toEqual(['feedback']);
    expect(kinds('No, this page is not useful')).toEqual(['feedback']);
    expect(kinds('Is there anything wrong with this page?')).toEqual(['feedback']);
    expect(kinds('Spotted an error? Let us know')).toEqual(['feedback']);
  });

  it('finds sponsor and underwriting credits and labels for paid matter', () => {
    expect(kinds('Sponsored content')).toEqual(['sponsor']);
    expect(kinds('This podcast is supported by Greenway Bicycles.')).toEqual(['sponsor']);
    expect(kinds('Brought to you by the Fernhill Arts Trust')).toEqual(['sponsor']);
    expect(kinds('Underwriting announcements')).toEqual(['sponsor']);
    expect(kinds('Paid partnership')).toEqual(['sponsor']);
    expect(kinds('Support for this podcast comes from the Larkfield Trust.')).toEqual(['sponsor']);
    expect(kinds('Presented by Orchard Lane Dairy')).toEqual(['sponsor']);
    expect(kinds('In association with the Fernhill Trust')).toEqual(['sponsor']);
    expect(kinds('Advertisement feature')).toEqual(['sponsor']);
    expect(kinds('Promoted stories')).toEqual(['sponsor']);
    expect(kinds('This message comes from our sponsors.')).toEqual(['sponsor']);
    expect(kinds('This series was produced with support from the Coastal Heritage Fund.')).toEqual(['sponsor']);
  });

  it('finds disclaimers and notes on where a text first ran or that it was translated', () => {
    expect(kinds('Views expressed here are the writer’s own.')).toEqual(['disclaimer']);
    expect(kinds('The opinions in this essay do not necessarily reflect the views of the magazine.')).toEqual(['disclaimer']);
    expect(kinds('This interview originally appeared in our spring issue.')).toEqual(['disclaimer']);
    expect(kinds('This page has been machine-translated from Dutch.')).toEqual(['disclaimer']);
    expect(kinds('The opinions in this piece are those of the author.')).toEqual(['disclaimer']);
    expect(kinds('A version of this story appeared in print on 4 June.')).toEqual(['disclaimer']);
    expect(kinds('About the author')).toEqual(['disclaimer']);
    expect(kinds('Opinions are my own.')).toEqual(['disclaimer']);
    expect(kinds('Disclosure: the writer owns a bicycle shop.')).toEqual(['disclaimer']);
  });

  it('takes a press contact only with a number or an address to reach it', () => {
    expect(kinds('Press enquiries: +44 20 7946 0958')).toEqual(['contact']);
    expect(kinds('Media relations team: news@riverside.example.edu')).toEqual(['contact']);
    expect(kinds('Contact: Sam Okoro, communications manager, 0161 496 0000')).toEqual(['contact']);
    expect(kinds('Out of hours: 07700 900123')).toEqual(['contact']);
    expect(kinds('Journalists can reach the trust on 0117 496 0777.')).toEqual(['contact']);
    expect(kinds('Spokesperson: Amal Haddad, amal@trust.example.org')).toEqual(['contact']);
    expect(kinds('Media inquiries should be directed to the press desk.')).toEqual([]);
    expect(kinds('The mayor’s press office confirmed the figures on 12.05.2024.')).toEqual([]);
  });

  it('finds a company’s registration, its registered office and the group a title belongs to', () => {
    expect(kinds('Registered in Ireland No. 123456')).toEqual(['legal']);
    expect(kinds('VAT number GB 123 4567 89')).toEqual(['legal']);
    expect(kinds('Registered address: 4 Mill Lane, Oakby')).toEqual(['legal']);
    expect(kinds('A member of the Northshore Radio network.')).toEqual(['legal']);
    expect(kinds('Owned by Harrow Street Publishing Ltd.')).toEqual(['legal']);
    expect(kinds('The Clarion is a trading name of Pelham Press.')).toEqual(['legal']);
    expect(kinds('Company Reg. No. 4455667')).toEqual(['legal']);
    expect(kinds('ABN 12 345 678 901')).toEqual(['legal']);
    expect(kinds('A Northshore Media Company')).toEqual(['legal']);
    expect(kinds('Part of the LOCALiQ network.')).toEqual(['legal']);
    expect(kinds('Registered number: 2233445')).toEqual(['legal']);
    expect(kinds('Registered in England & Wales.')).toEqual(['legal']);
    expect(kinds('A company limited by guarantee.')).toEqual(['legal']);
    expect(kinds('Harbour Loans is authorised and regulated by the Financial Conduct Authority.')).toEqual(['legal']);
    expect(kinds('This newspaper is regulated by the Independent Press Standards Organisation.')).toEqual(['legal']);
  });

  it('knows a feedback widget’s answer buttons, and no sentence', () => {
    for (const answer of ['Yes', 'No', 'Yes No', 'Yes / No', 'Not really', '👍 👎']) expect(isFeedbackAnswer(answer), answer).toBe(true);
    for (const line of ['No.', 'Yes, said the mayor.', 'Not really the point']) expect(isFeedbackAnswer(line), line).toBe(false);
  });

  it('leaves news that mentions the same things alone', () => {
    for (const sentence of [
      'The bill’s sponsor, Senator Ruiz, said it would pass by the end of the month.',
      'The festival is supported by the arts council and a local brewery.',
      'Support for the measure comes from both parties.',
      'The White House press office said the president would travel on Friday.',
      'Anyone with information should call police on 101 or Crimestoppers on 0800 555 111.',
      'The company, registered in Delaware, employs 300 people.',
      'Part of the problem is the cost of fuel.',
      'Part of the Thames Path was closed after the flood.',
      'Published by Penguin in 1998, the book sold a million copies.',
      'Her story first appeared in a local newspaper.',
      'The text was translated from Latin in 1850.',
      'The views expressed at the meeting were mixed.',
      'Was this the right decision? Residents are divided.',
      'Part of the problem is the family.',
      'Auditors found an error in the accounts.',
      'Supported by the council, the scheme will run until May.',
      'In partnership with the council, the charity runs two shelters.',
      'Her views are shared by many in the village.',
      'The company employs 1,200 people and was founded in 1998.',
      'Support for the bill comes from both parties.',
      'The author was released on Tuesday.',
      'Journalists were kept away from the site.',
    ]) {
      expect(kinds(sentence), sentence).toEqual([]);
    }
  });
});
