import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEMO_SEED,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_VOLUNTEER_COUNT,
  type DemoNetwork,
  generateDemoNetwork,
  mulberry32,
} from './demo-data';

const HIRAGANA_READING = /^[ぁ-ゖー]+ [ぁ-ゖー]+$/;
const KATAKANA_READING = /^[ァ-ヺー]+ [ァ-ヺー]+$/;
/** Japanese names: family and given name in kanji or hiragana, separated by one space. */
const JAPANESE_NAME = /^[\p{Script=Han}\p{Script=Hiragana}]+ [\p{Script=Han}\p{Script=Hiragana}]+$/u;
/** Chinese names: simplified characters without a space. */
const CHINESE_NAME = /^\p{Script=Han}{2,4}$/u;
const KOREAN_NAME = /^\p{Script=Hangul}{2,4}$/u;
const ENGLISH_NAME = /^[A-Z][a-z]+ [A-Z][a-z]+$/;
const RESERVED_EMAIL = /^[a-z0-9.-]+@([a-z0-9-]+\.)*example\.(org|com|net)$/;

const SEEDS = [DEFAULT_DEMO_SEED, 0, 1, 42, 0xffffffff];

function volunteersOf(network: DemoNetwork) {
  return network.people.filter((p) => /^v\d{4}$/.test(p.key));
}

describe('mulberry32', () => {
  it('is deterministic and yields floats in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});

describe('generateDemoNetwork', () => {
  it('gives deep-equal output for the same seed, and uses the default seed when none is given', () => {
    expect(generateDemoNetwork(123)).toEqual(generateDemoNetwork(123));
    expect(generateDemoNetwork()).toEqual(generateDemoNetwork(DEFAULT_DEMO_SEED));
  });

  it('returns fresh objects on each call', () => {
    const first = generateDemoNetwork();
    first.organizations[0].name = 'changed';
    first.people[0].memberships.push({ orgKey: 'x', role: 'member' });
    const second = generateDemoNetwork();
    expect(second.organizations[0].name).not.toBe('changed');
    expect(second.people[0].memberships).toHaveLength(1);
  });

  it('gives different volunteers for a different seed but the same organizations and staff', () => {
    const a = generateDemoNetwork(1);
    const b = generateDemoNetwork(2);
    expect(a.organizations).toEqual(b.organizations);
    const staffA = a.people.filter((p) => !/^v\d{4}$/.test(p.key));
    const staffB = b.people.filter((p) => !/^v\d{4}$/.test(p.key));
    expect(staffA).toEqual(staffB);
    const namesA = volunteersOf(a).map((p) => p.name);
    const namesB = volunteersOf(b).map((p) => p.name);
    expect(namesA).not.toEqual(namesB);
    const differing = namesA.filter((name, i) => name !== namesB[i]).length;
    expect(differing).toBeGreaterThan(250);
  });

  it('has the expected organizations: one hub and the member organizations, all Japanese', () => {
    const { organizations } = generateDemoNetwork();
    expect(organizations).toHaveLength(8);
    expect(organizations.filter((o) => o.isHub).map((o) => o.kind)).toEqual(['volunteer_center']);
    expect(organizations.map((o) => o.kind).sort()).toEqual(
      [
        'care_facility',
        'company',
        'government',
        'npo',
        'npo',
        'npo_support_center',
        'volunteer_center',
        'welfare_council',
      ].sort(),
    );
    expect(new Set(organizations.map((o) => o.key)).size).toBe(organizations.length);
    for (const org of organizations) {
      expect(org.locale).toBe('ja');
      expect(org.timeZone).toBe('Asia/Tokyo');
      expect(org.fiscalYearStartMonth).toBe(4);
      expect(org.email).toMatch(RESERVED_EMAIL);
      expect(org.phone).toMatch(/^0\d{1,2}-5555-\d{4}$/);
      expect(org.postalCode).toMatch(/^\d{3}-\d{4}$/);
      expect(org.address.startsWith('結び野市')).toBe(true);
      if (org.website !== null) expect(org.website).toMatch(/^https:\/\/([a-z0-9-]+\.)*example\.(org|com|net)\//);
      expect(org.description.length).toBeGreaterThan(80);
      expect(org.description.length).toBeLessThanOrEqual(2000);
    }
  });

  for (const seed of SEEDS) {
    describe(`invariants for seed ${seed}`, () => {
      const network = generateDemoNetwork(seed);
      const { organizations, people } = network;
      const orgKeys = new Set(organizations.map((o) => o.key));

      it('has about 300 volunteers on top of staff', () => {
        expect(people.length).toBeGreaterThanOrEqual(250);
        expect(people.length).toBeLessThanOrEqual(400);
        expect(volunteersOf(network)).toHaveLength(DEMO_VOLUNTEER_COUNT);
        expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
      });

      it('gives everyone a unique, lowercase e-mail on a reserved domain', () => {
        const emails = people.map((p) => p.email);
        expect(new Set(emails).size).toBe(emails.length);
        for (const email of emails) {
          expect(email).toBe(email.toLowerCase());
          expect(email).toMatch(RESERVED_EMAIL);
        }
      });

      it('gives unique phones, to about a fifth of the volunteers', () => {
        const phones = people.flatMap((p) => (p.phone ? [p.phone] : []));
        const orgPhones = organizations.map((o) => o.phone);
        expect(new Set([...phones, ...orgPhones]).size).toBe(phones.length + orgPhones.length);
        for (const phone of phones) expect(phone).toMatch(/^0\d{1,2}-5555-\d{4}$/);
        const share = volunteersOf(network).filter((p) => p.phone !== null).length / DEMO_VOLUNTEER_COUNT;
        expect(share).toBeGreaterThan(0.1);
        expect(share).toBeLessThan(0.35);
      });

      it('gives everyone valid memberships, one per organization', () => {
        for (const person of people) {
          expect(person.memberships.length).toBeGreaterThanOrEqual(1);
          const keys = person.memberships.map((m) => m.orgKey);
          expect(new Set(keys).size).toBe(keys.length);
          for (const key of keys) expect(orgKeys.has(key)).toBe(true);
        }
      });

      it('gives every organization an org_admin and the hub a network_admin', () => {
        for (const org of organizations) {
          const roles = people.flatMap((p) => p.memberships.filter((m) => m.orgKey === org.key).map((m) => m.role));
          expect(roles).toContain('org_admin');
          if (org.isHub) expect(roles).toContain('network_admin');
          else expect(roles).not.toContain('network_admin');
        }
      });

      it('has people in several organizations', () => {
        const multi = people.filter((p) => p.memberships.length >= 2);
        expect(multi.length).toBeGreaterThanOrEqual(10);
        expect(people.some((p) => p.memberships.length >= 3)).toBe(true);
      });

      it('spreads volunteers over every organization except the city office', () => {
        for (const org of organizations) {
          const count = volunteersOf(network).filter((p) => p.memberships.some((m) => m.orgKey === org.key)).length;
          if (org.kind === 'government') expect(count).toBe(0);
          else expect(count).toBeGreaterThan(0);
        }
        const roles = volunteersOf(network).flatMap((p) => p.memberships.map((m) => m.role));
        expect(new Set(roles)).toEqual(new Set(['volunteer', 'member']));
        expect(roles.filter((r) => r === 'volunteer').length).toBeGreaterThan(roles.length / 2);
      });

      it('has the intended mix of Japanese, Chinese, Korean and English names with matching readings', () => {
        let japanese = 0;
        let chinese = 0;
        let korean = 0;
        let english = 0;
        for (const person of volunteersOf(network)) {
          if (JAPANESE_NAME.test(person.name)) {
            japanese++;
            expect(person.nameReading).toMatch(HIRAGANA_READING);
            expect(person.locale).toBe('ja');
          } else if (CHINESE_NAME.test(person.name)) {
            chinese++;
            if (person.nameReading !== null) expect(person.nameReading).toMatch(KATAKANA_READING);
            expect(['ja', 'zh-CN']).toContain(person.locale);
          } else if (KOREAN_NAME.test(person.name)) {
            korean++;
            expect(person.nameReading).toMatch(KATAKANA_READING);
            expect(['ja', 'ko']).toContain(person.locale);
          } else if (ENGLISH_NAME.test(person.name)) {
            english++;
            expect(person.nameReading).toMatch(KATAKANA_READING);
            expect(person.locale).toBe('en');
          } else {
            throw new Error(`unexpected name ${person.name}`);
          }
        }
        expect({ japanese, chinese, korean, english }).toEqual({ japanese: 255, chinese: 18, korean: 15, english: 12 });
      });

      it('gives Japanese staff hiragana readings too', () => {
        for (const person of people.filter((p) => JAPANESE_NAME.test(p.name))) {
          expect(person.nameReading).toMatch(HIRAGANA_READING);
        }
      });

      it('draws from a wide pool of names without repeating full names', () => {
        const names = people.map((p) => p.name);
        expect(new Set(names).size).toBe(names.length);
        const families = new Set(
          volunteersOf(network)
            .filter((p) => JAPANESE_NAME.test(p.name))
            .map((p) => p.name.split(' ')[0]),
        );
        expect(families.size).toBeGreaterThanOrEqual(40);
      });
    });
  }
});

describe('DEMO_LOGINS', () => {
  const { people } = generateDemoNetwork();

  it('lists 5 to 8 accounts that exist with the stated role', () => {
    expect(DEMO_LOGINS.length).toBeGreaterThanOrEqual(5);
    expect(DEMO_LOGINS.length).toBeLessThanOrEqual(8);
    expect(new Set(DEMO_LOGINS.map((l) => l.email)).size).toBe(DEMO_LOGINS.length);
    for (const login of DEMO_LOGINS) {
      const person = people.find((p) => p.email === login.email);
      expect(person, login.email).toBeDefined();
      expect(person?.memberships).toContainEqual({ orgKey: login.orgKey, role: login.role });
      expect(login.description.length).toBeGreaterThan(20);
    }
  });

  it('includes the network admin of the hub', () => {
    expect(DEMO_LOGINS[0]).toMatchObject({ email: 'admin@musubino.example.org', role: 'network_admin', orgKey: 'hub' });
  });

  it('has a demo password long enough for the password rules', () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(8);
  });
});
