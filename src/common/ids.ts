import { createHash, randomUUID } from 'node:crypto';
import { badInput } from './errors';

export const newId = (): string => randomUUID();

/**
 * A UUID derived from a name, so that seeded records keep the same id on every machine and partners can
 * store references to them (RFC 4122 version 5 layout over SHA-1).
 */
export function stableId(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`digikannustin:${namespace}:${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value can be an id of ours (a UUID). */
export const isId = (value: string): boolean => uuidPattern.test(value);

/** Rejects what cannot be an id of ours before it reaches SQL. */
export function parseId(value: string, field = 'id'): string {
  if (!uuidPattern.test(value))
    throw badInput(
      { en: 'This is not a valid id', fi: 'Tunniste ei kelpaa', sv: 'Identifieraren är inte giltig' },
      field,
    );
  return value.toLowerCase();
}

const municipalityCodePattern = /^\d{3}$/;
export function parseMunicipalityCode(value: string, field = 'code'): string {
  if (!municipalityCodePattern.test(value))
    throw badInput(
      {
        en: 'A municipality code is three digits, e.g. "091"',
        fi: 'Kuntakoodi on kolme numeroa, esimerkiksi "091"',
        sv: 'En kommunkod består av tre siffror, till exempel "091"',
      },
      field,
    );
  return value;
}

const regionCodePattern = /^\d{2}$/;
export function parseRegionCode(value: string, field = 'code'): string {
  if (!regionCodePattern.test(value))
    throw badInput(
      {
        en: 'A region code is two digits, e.g. "01"',
        fi: 'Maakuntakoodi on kaksi numeroa, esimerkiksi "01"',
        sv: 'En landskapskod består av två siffror, till exempel "01"',
      },
      field,
    );
  return value;
}
