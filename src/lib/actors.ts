/**
 * Labels for actor kinds, alias types and relations, in readers' words, and the reverse reading of
 * a relation (so "X is part of Y" also shows on Y's page as "includes X").
 */
import type { Actor } from '../schemas/actor.ts';

/** Readers' names for the kinds of actor, singular and plural. */
export const KIND_LABEL: Record<Actor['kind'], { one: string; many: string }> = {
  'armed-group': { one: 'Armed group', many: 'Armed groups' },
  umbrella: { one: 'Umbrella or front name', many: 'Umbrellas and front names' },
  state: { one: 'State', many: 'States' },
  'state-body': { one: 'State body', many: 'State bodies' },
  government: { one: 'Government', many: 'Governments' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  person: { one: 'Person', many: 'People' },
  'quoted-voice': { one: 'Quoted voice', many: 'Quoted voices: analysts and officials the sources quote' },
};

/** Readers' names for alias types. */
export const ALIAS_LABEL: Record<Actor['aliases'][number]['type'], string> = {
  transliteration: 'transliteration',
  spelling: 'other spelling',
  translation: 'translation',
  abbreviation: 'abbreviation',
  'short-name': 'short name',
  title: 'with title',
  'real-name': 'real name',
  'former-name': 'former name',
  'front-name': 'front name',
  'native-script': 'native script',
  metonym: 'also used for',
};

type RelationType = Actor['relations'][number]['type'];

/** How a relation reads from its subject ("part of") and from its target ("includes"). */
export const RELATION_LABEL: Record<RelationType, { forward: string; reverse: string }> = {
  'part-of': { forward: 'Part of', reverse: 'Includes' },
  'backed-by': { forward: 'Backed by', reverse: 'Backs' },
  'front-name-of': { forward: 'Front name of', reverse: 'Uses the front name' },
  leads: { forward: 'Leads', reverse: 'Led by' },
  led: { forward: 'Led', reverse: 'Formerly led by' },
  founded: { forward: 'Founded', reverse: 'Founded by' },
  'allied-with': { forward: 'Allied with', reverse: 'Allied with' },
};
