import { expect } from 'chai';
import { fromCents, moneyFromDatabase, toCents } from '../src/common/money';

describe('moneyFromDatabase', () => {
  it('keeps what the engines return as the canonical amount it is, and normalises the rest', () => {
    // MySQL/MariaDB: DECIMAL(14,2) as text, passed through as it is when already canonical.
    for (const text of ['0.00', '0.05', '7.10', '68000.00', '123456789012.34']) {
      expect(moneyFromDatabase(text)).to.equal(text);
      expect(moneyFromDatabase(text)).to.equal(fromCents(toCents(text)));
    }
    // Anything else still goes through cents.
    expect(moneyFromDatabase('12.5')).to.equal('12.50');
    expect(moneyFromDatabase('007.00')).to.equal('7.00');
    expect(moneyFromDatabase('5')).to.equal('5.00');
    // SQLite: a number, the nearest double to the stored amount.
    expect(moneyFromDatabase(0.1 + 0.2)).to.equal('0.30');
    expect(moneyFromDatabase(68000)).to.equal('68000.00');
    expect(moneyFromDatabase(null)).to.equal(null);
  });
});
