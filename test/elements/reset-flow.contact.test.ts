import { expect } from '@open-wc/testing';
import { isCountryCode, isEmail, isSameContact, maskContact, normaliseContact, readContact } from '../../src/elements/reset-flow/contact.js';
import '../helpers.js';

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

  it('reads what the user typed, or says what is wrong, before asking the host', () => {
    expect(readContact('email', { email: ' New@Example.com ' })).to.deep.equal({ value: 'new@example.com' });
    expect(readContact('email', { email: 'new@' })).to.deep.equal({ problem: 'invalidEmail' });
    expect(readContact('email', { email: 'Jane@Mail.com' }, 'jane@mail.com')).to.deep.equal({ problem: 'same' });
    expect(readContact('phone', { country: '+44', phone: '7700 900-999' })).to.deep.equal({ value: '+447700900999' });
    expect(readContact('phone', { country: '0044', phone: '(7700) 900999' })).to.deep.equal({ value: '+447700900999' });
    expect(readContact('phone', { country: 'UK', phone: '7700900999' })).to.deep.equal({ problem: 'invalidCountryCode' });
    expect(readContact('phone', { country: '+44', phone: 'abc' })).to.deep.equal({ problem: 'invalidPhone' });
    expect(readContact('phone', { country: '+44', phone: '123' })).to.deep.equal({ problem: 'invalidPhone' });
    expect(readContact('phone', { country: '+44', phone: '7700 900123' }, '+44 7700 900123')).to.deep.equal({ problem: 'same' });
    expect(readContact('phone', { country: '+44', phone: '7700 900123' }, '7700 900123'), 'a current number without country code').to.deep.equal({ problem: 'same' });
  });
});
