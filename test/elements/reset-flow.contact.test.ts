import { expect } from '@open-wc/testing';
import { isCountryCode, isEmail, isSameContact, maskContact, maskFits, maskToShow, normaliseContact, readContact } from '../../src/elements/reset-flow/contact.js';
import { recordConsole } from '../helpers.js';

describe('<vk-reset-flow> contact helpers (no DOM)', () => {
  it('normalises and compares contacts', () => {
    expect(normaliseContact('email', ' Jane@Mail.COM ')).to.equal('jane@mail.com');
    expect(normaliseContact('phone', '0044 (7700) 900-123')).to.equal('+447700900123');
    expect(isSameContact('phone', '+44 7700 900123', '07700900123'.slice(1))).to.equal(true);
    expect(isSameContact('phone', '+44 7700 900123', '+1 7700 900123')).to.equal(false);
    expect(isSameContact('email', 'a@b.co', 'A@B.CO')).to.equal(true);
  });

  it('keeps only one leading + in a phone, and compares short national numbers exactly', () => {
    expect(normaliseContact('phone', '+44+7700')).to.equal('+447700');
    expect(normaliseContact('phone', '77+00')).to.equal('7700');
    expect(isSameContact('phone', '+44 12345', '12345'), 'fewer than 6 digits never match by suffix').to.equal(false);
    expect(isSameContact('email', 'a@b.co', 'b@b.co')).to.equal(false);
  });

  it('masks a contact the host did not mask', () => {
    expect(maskContact('email', 'new@example.com')).to.equal('n•••@example.com');
    expect(maskContact('phone', '+447700900999')).to.equal('+44 ••• 999');
  });

  it('checks e-mails and country codes', () => {
    expect(isEmail('name@example.com')).to.equal(true);
    for (const bad of ['name@example', 'name example@x.com', '@x.com', '']) expect(isEmail(bad), bad).to.equal(false);
    for (const good of ['+44', '44', '0044', '+1 ']) expect(isCountryCode(good), good).to.equal(true);
    for (const bad of ['', '+', '+12345', 'UK']) expect(isCountryCode(bad), bad).to.equal(false);
  });

  // Issue 18: each problem names the field at fault; "123" is too short (with the expected length), not "digits only".
  it('reads what the user typed, or says what is wrong and which field, before asking the host', () => {
    expect(readContact('email', { email: ' New@Example.com ' })).to.deep.equal({ value: 'new@example.com' });
    expect(readContact('email', { email: 'new@' })).to.deep.equal({ problem: 'invalidEmail', field: 'email' });
    expect(readContact('email', { email: 'Jane@Mail.com' }, 'jane@mail.com')).to.deep.equal({ problem: 'same', field: 'email' });
    expect(readContact('phone', { country: '+44', phone: '7700 900-999' })).to.deep.equal({ value: '+447700900999' });
    expect(readContact('phone', { country: '0044', phone: '(7700) 900999' })).to.deep.equal({ value: '+447700900999' });
    expect(readContact('phone', { country: '+44', phone: '07700 900999' }), 'the national trunk 0 is not dialled').to.deep.equal({ value: '+447700900999' });
    expect(readContact('phone', { country: 'UK', phone: '7700900999' })).to.deep.equal({ problem: 'invalidCountryCode', field: 'country' });
    expect(readContact('phone', { country: '+44', phone: 'abc' })).to.deep.equal({ problem: 'invalidPhone', field: 'phone' });
    expect(readContact('phone', { country: '+44', phone: '123' })).to.deep.equal({ problem: 'phoneTooShort', field: 'phone', expected: '10' });
    expect(readContact('phone', { country: '+44', phone: '7700 900 999 12' })).to.deep.equal({ problem: 'phoneTooLong', field: 'phone', expected: '10' });
    expect(readContact('phone', { country: '+49', phone: '1512 345' })).to.deep.equal({ problem: 'phoneTooShort', field: 'phone', expected: '10–11' });
    expect(readContact('phone', { country: '+999', phone: '123' }), 'an unlisted country').to.deep.equal({ problem: 'phoneTooShort', field: 'phone', expected: '6–14' });
    expect(readContact('phone', { country: '+44', phone: '7700 900123' }, '+44 7700 900123')).to.deep.equal({ problem: 'same', field: 'phone' });
    expect(readContact('phone', { country: '+44', phone: '7700 900123' }, '7700 900123'), 'a current number without country code').to.deep.equal({ problem: 'same', field: 'phone' });
  });

  it('tells whether a host\'s masked form fits the contact entered, and shows its own mask (with one warning) when it does not', async () => {
    expect(maskFits('phone', '+44 •••• ••• 999', '+447700900999')).to.equal(true);
    expect(maskFits('phone', '•••• 999', '+447700900999')).to.equal(true);
    expect(maskFits('phone', '+44 •••• ••• 321', '+447700900999'), 'the lost phone').to.equal(false);
    expect(maskFits('phone', '+1 •••• 999', '+447700900999')).to.equal(false);
    expect(maskFits('email', 'n•••@example.com', 'new@example.com')).to.equal(true);
    expect(maskFits('email', 'j•••@mail.com', 'new@example.com')).to.equal(false);
    expect(maskFits('email', 'new@example.com', 'new@example.com')).to.equal(true);
    const fits = await recordConsole('warn', () => [maskToShow('phone', '+447700900999', '+44 •••• ••• 999', 'test'), maskToShow('phone', '+447700900999', undefined, 'test')]);
    expect(fits.result).to.deep.equal(['+44 •••• ••• 999', '+44 ••• 999']);
    expect(fits.calls, 'no warning when it fits or is absent').to.have.length(0);
    const misfit = await recordConsole('warn', () => maskToShow('phone', '+447700900999', '+44 •••• ••• 321', 'test'));
    expect(misfit.result).to.equal('+44 ••• 999');
    expect(misfit.calls).to.have.length(1);
    expect(String(misfit.calls[0]?.[0])).to.contain('<vk-reset-flow>').and.contain('+44 •••• ••• 321');
  });
});
