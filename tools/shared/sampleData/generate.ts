// Seeded generator of a realistic sample data set (accounts, opportunities, users, gaps,
// submissions, published Top 10 revisions) in the shape the emulator and the benchmarks read.
import { KEY_PREFIX, makeRecordId } from './ids';
import {
  CLOSED_GAP_STATUSES,
  OPEN_STAGES,
  submissionKey,
  type AccountRow,
  type GapRow,
  type GapStatus,
  type OpportunityRow,
  type ProductArea,
  type SampleData,
  type SeverityValue,
  type SubmissionRow,
  type UserRow
} from './model';
import { createRandom, shuffled, zipfSampler, type Random } from './random';
import { buildRevisions } from './revisions';
import * as words from './vocabulary';

export interface GenerateOptions {
  seed: number;
  gaps: number;
  submissions: number;
  /** "Today" of the data set (ISO date-time); fixed by default so output never depends on the clock. */
  asOf?: string;
  /** Published revisions to build (0-3); default 3. */
  revisions?: number;
}

export const DEFAULT_AS_OF = '2026-11-01T00:00:00.000Z';
export const SMALL_SIZES = Object.freeze({ gaps: 60, submissions: 600 });
export const MAX_SIZES = Object.freeze({ gaps: 2000, submissions: 50000 });

const DAY = 86_400_000;
const GAP_HISTORY_DAYS = 540;
const STRATEGIC_SHARE = 0.08;

const AREA_WEIGHTS: Record<ProductArea, number> = {
  'Core Platform': 16,
  Search: 10,
  Integrations: 16,
  'Security & Compliance': 14,
  Administration: 9,
  'Analytics & Reporting': 12,
  AI: 10,
  'Deployment & Infrastructure': 8,
  Other: 5
};
const STATUS_WEIGHTS: Record<GapStatus, number> = {
  Open: 40,
  'In Review': 12,
  'On Backlog': 15,
  'In Progress': 13,
  Done: 12,
  "Won't Do": 8,
  // Only merges are duplicates.
  Duplicate: 0
};
// Share of gaps of each status that already carry a GitHub link.
const LINKED_SHARE: Record<GapStatus, number> = {
  Open: 0.1,
  'In Review': 0.2,
  'On Backlog': 0.5,
  'In Progress': 0.8,
  Done: 0.9,
  "Won't Do": 0.3,
  Duplicate: 0
};
const SEVERITY_WEIGHTS: Record<SeverityValue, number> = {
  'P0 - Dealbreaker': 15,
  'P1 - Significant Pain Point': 45,
  'P2 - Nice to Have': 40
};

const isoDateTime = (ms: number) => new Date(ms).toISOString();
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A topic inside a sentence: its first letter lower-cased unless it starts an acronym ("PII", "SCIM 2.0"). */
export function midSentence(topic: string): string {
  const acronym = /^[A-Z0-9]{2}/.test(topic);
  return acronym ? topic : topic.charAt(0).toLowerCase() + topic.slice(1);
}

/** Ends text with one full stop: "Sync." stays "Sync.", "Sync" becomes "Sync.". */
export function withFullStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Checks sizes and seed; throws RangeError with the reason (sizes beyond MAX_SIZES included). */
export function checkOptions(options: GenerateOptions): void {
  const { seed, gaps, submissions } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`--seed must be an integer from 0 to 4294967295, got ${seed}`);
  }
  if (!Number.isInteger(gaps) || gaps < 1 || gaps > MAX_SIZES.gaps) {
    throw new RangeError(`--gaps must be an integer from 1 to ${MAX_SIZES.gaps}, got ${gaps}`);
  }
  if (!Number.isInteger(submissions) || submissions < 0 || submissions > MAX_SIZES.submissions) {
    throw new RangeError(
      `--submissions must be an integer from 0 to ${MAX_SIZES.submissions}, got ${submissions}`
    );
  }
  if (options.asOf !== undefined && Number.isNaN(Date.parse(options.asOf))) {
    throw new RangeError(`--as-of is not a date: ${options.asOf}`);
  }
}

/**
 * Builds the whole data set from a seed: the same options give a deep-equal result (and the same
 * JSON bytes). Every record satisfies the package's validation rules; submission keys are unique.
 * Throws RangeError for bad options.
 */
export function generateSampleData(options: GenerateOptions): SampleData {
  checkOptions(options);
  const random = createRandom(options.seed);
  const asOf = Date.parse(options.asOf ?? DEFAULT_AS_OF);
  const users = makeUsers(Math.min(150, Math.max(12, Math.ceil(options.submissions / 400) + 10)));
  const team = users.slice(4); // users 0-1 are TPMs, 2-3 PMs, the rest account teams
  const accounts = makeAccounts(random, Math.max(50, Math.ceil(options.submissions / 20)), team);
  const opportunities = makeOpportunities(random, accounts, asOf);
  const gaps = makeGaps(random, options.gaps, asOf, users.slice(2));
  const submissions = makeSubmissions(random, options.submissions, {
    gaps,
    accounts,
    opportunities,
    team,
    asOf
  });
  const { revisions, entries } = buildRevisions({
    seed: options.seed,
    count: options.revisions ?? 3,
    asOf,
    publisherId: users[0].Id,
    gaps,
    submissions,
    accounts,
    opportunities
  });
  return {
    seed: options.seed,
    Account: accounts,
    Opportunity: opportunities,
    User: users,
    Product_Gap__c: gaps,
    Product_Gap_Submission__c: submissions,
    Top_Ten_Revision__c: revisions,
    Top_Ten_Entry__c: entries
  };
}

function makeUsers(count: number): UserRow[] {
  const { FIRST_NAMES: first, LAST_NAMES: last } = words;
  return Array.from({ length: count }, (_, i) => ({
    Id: makeRecordId(KEY_PREFIX.User, i + 1),
    // Stride through both lists so the first 650 names are distinct.
    Name: `${first[i % first.length]} ${last[(i + Math.floor(i / first.length)) % last.length]}`
  }));
}

function makeAccounts(random: Random, count: number, owners: readonly UserRow[]): AccountRow[] {
  const { COMPANY_PREFIXES: p, COMPANY_INDUSTRIES: ind, COMPANY_SUFFIXES: suf } = words;
  const combos = p.length * ind.length * suf.length;
  return Array.from({ length: count }, (_, i) => {
    // 7919 is prime and does not divide combos: i -> k is a permutation, names stay distinct.
    const k = (i * 7919) % combos;
    const round = Math.floor(i / combos);
    const name = `${p[k % p.length]} ${ind[Math.floor(k / p.length) % ind.length]} ${suf[Math.floor(k / (p.length * ind.length))]}`;
    const strategic = random.chance(STRATEGIC_SHARE);
    const tam = random.chance(0.03)
      ? null
      : Math.round((random.logNormal(1_500_000, 0.9) * (strategic ? 5 : 1)) / 1000) * 1000;
    return {
      Id: makeRecordId(KEY_PREFIX.Account, i + 1),
      Name: round > 0 ? `${name} ${round + 1}` : name,
      Strategic_Account__c: strategic,
      TAM__c: tam,
      OwnerId: random.pick(owners).Id
    };
  });
}

function makeOpportunities(
  random: Random,
  accounts: readonly AccountRow[],
  asOf: number
): OpportunityRow[] {
  const rows: OpportunityRow[] = [];
  for (const account of accounts) {
    const count =
      Number(random.weighted({ 0: 15, 1: 35, 2: 30, 3: 15, 4: 5 })) +
      (account.Strategic_Account__c ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const outcome = random.weighted({ open: 55, won: 25, lost: 20 });
      const amount = random.chance(0.05)
        ? null
        : Math.max(
            1000,
            Math.round(
              (random.logNormal(45_000, 1.0) * (account.Strategic_Account__c ? 3 : 1)) / 100
            ) * 100
          );
      const closeDate =
        outcome === 'open' ? asOf + random.int(10, 270) * DAY : asOf - random.int(1, 500) * DAY;
      rows.push({
        Id: makeRecordId(KEY_PREFIX.Opportunity, rows.length + 1),
        Name: `${account.Name} - ${random.pick(words.DEAL_KINDS)}`,
        AccountId: account.Id,
        Amount: amount,
        StageName:
          outcome === 'open'
            ? random.pick(OPEN_STAGES)
            : outcome === 'won'
              ? 'Closed Won'
              : 'Closed Lost',
        IsClosed: outcome !== 'open',
        IsWon: outcome === 'won',
        CloseDate: isoDate(closeDate),
        OwnerId: account.OwnerId
      });
    }
  }
  return rows;
}

function gapTitle(random: Random, topic: string): string {
  const template = random.pick(words.GAP_TITLE_TEMPLATES);
  return template.replace('{topic}', topic).replace('{Topic}', capitalise(topic)).slice(0, 80);
}

function githubUrl(random: Random, area: ProductArea): string {
  const kind = random.weighted({ issues: 85, pull: 10, discussions: 5 });
  return `https://github.com/${words.GITHUB_OWNER}/${words.GITHUB_REPOS[area]}/${kind}/${random.int(1, 9999)}`;
}

function makeGaps(
  random: Random,
  count: number,
  asOf: number,
  owners: readonly UserRow[]
): GapRow[] {
  // Creation times ascending, so Ids grow with time as in an org and a duplicate is younger than
  // the gap it is merged into.
  const created = Array.from({ length: count }, () => asOf - random.next() * GAP_HISTORY_DAYS * DAY)
    .map((ms) => Math.floor(ms / 1000) * 1000)
    .sort((a, b) => a - b);
  const gaps: GapRow[] = [];
  for (let i = 0; i < count; i++) {
    const id = makeRecordId(KEY_PREFIX.Product_Gap__c, i + 1);
    const openTargets = gaps.filter(
      (g) => g.Duplicate_Of__c === null && !CLOSED_GAP_STATUSES.includes(g.Status__c)
    );
    const merged = i >= 10 && openTargets.length > 0 && random.chance(0.04);
    const target = merged ? random.pick(openTargets) : null;
    const area = target ? target.Product_Area__c : random.weighted(AREA_WEIGHTS);
    // A merged gap is a Duplicate. The old Won't Do / Done draw is kept so the seeded data set
    // (and every figure taken from it) stays the same apart from that status.
    const mergedDraw = target ? random.chance(0.7) : null;
    const status: GapStatus = mergedDraw !== null ? 'Duplicate' : random.weighted(STATUS_WEIGHTS);
    const closed = CLOSED_GAP_STATUSES.includes(status);
    const topic = target ? target.Name : random.pick(words.GAP_TOPICS[area]);
    const need = random.pick(words.NEEDS);
    gaps.push({
      Id: id,
      Name: target ? topic : gapTitle(random, topic),
      Summary__c: `Customers need ${withFullStop(midSentence(topic))} ${need}`.slice(0, 255),
      Description__c: [
        withFullStop(capitalise(topic)),
        need,
        random.pick(words.IMPACTS),
        `Today: ${random.pick(words.WORKAROUNDS)}`
      ].join('\n\n'),
      Product_Area__c: area,
      Status__c: status,
      Lifecycle_Stage__c: random.weighted({ GA: 60, Beta: 25, Experimental: 15 }),
      GitHub_Issue_URL__c:
        !target && random.chance(LINKED_SHARE[status]) ? githubUrl(random, area) : null,
      Resolved_On__c: closed ? isoDate(created[i] + random.next() * (asOf - created[i])) : null,
      Duplicate_Of__c: target ? target.Id : null,
      CreatedDate: isoDateTime(created[i]),
      OwnerId: random.pick(owners).Id
    });
  }
  return gaps;
}

interface SubmissionContext {
  gaps: readonly GapRow[];
  accounts: readonly AccountRow[];
  opportunities: readonly OpportunityRow[];
  team: readonly UserRow[];
  asOf: number;
}

function makeSubmissions(random: Random, count: number, ctx: SubmissionContext): SubmissionRow[] {
  const { gaps, accounts, team, asOf } = ctx;
  // Popularity is Zipf-like but unrelated to creation order.
  const gapByPopularity = shuffled(random, gaps);
  const accountByActivity = shuffled(random, accounts);
  const pickGap = zipfSampler(random, gaps.length, 0.85);
  const pickAccount = zipfSampler(random, accounts.length, 0.5);
  const oppsByAccount = new Map<string, OpportunityRow[]>();
  for (const opp of ctx.opportunities) {
    const list = oppsByAccount.get(opp.AccountId) ?? [];
    list.push(opp);
    oppsByAccount.set(opp.AccountId, list);
  }
  const taken = new Set<string>();
  const drafts: Omit<SubmissionRow, 'Id' | 'Name'>[] = [];
  let attempts = 0;
  while (drafts.length < count) {
    if (++attempts > count * 50 + 1000) {
      throw new RangeError(`Could not place ${count} unique submissions on ${gaps.length} gaps`);
    }
    const gap = gapByPopularity[pickGap()];
    const account = accountByActivity[pickAccount()];
    const opps = oppsByAccount.get(account.Id) ?? [];
    const opp = opps.length > 0 && random.chance(0.8) ? random.pick(opps) : null;
    const key = submissionKey(gap.Id, account.Id, opp?.Id ?? null);
    if (taken.has(key)) continue;
    taken.add(key);
    const start = Date.parse(gap.CreatedDate);
    const end = gap.Resolved_On__c ? Math.max(start, Date.parse(gap.Resolved_On__c)) : asOf;
    const authorIsOwner = random.chance(0.7);
    drafts.push({
      Product_Gap__c: gap.Id,
      Account__c: account.Id,
      Opportunity__c: opp?.Id ?? null,
      Severity__c: random.weighted(SEVERITY_WEIGHTS),
      Description__c: random.pick(words.NEEDS),
      Impact__c: random.chance(0.8) ? random.pick(words.IMPACTS) : null,
      Workaround__c: random.chance(0.6) ? random.pick(words.WORKAROUNDS) : null,
      Submission_Key__c: key,
      CreatedDate: isoDateTime(Math.floor((start + random.next() * (end - start)) / 1000) * 1000),
      CreatedById: authorIsOwner ? account.OwnerId : random.pick(team).Id
    });
  }
  // Ids and auto-numbers follow creation time, as in an org.
  drafts.sort((a, b) =>
    a.CreatedDate < b.CreatedDate ? -1 : a.CreatedDate > b.CreatedDate ? 1 : 0
  );
  return drafts.map((draft, i) => ({
    Id: makeRecordId(KEY_PREFIX.Product_Gap_Submission__c, i + 1),
    Name: `SUB-${pad(i + 1, 6)}`,
    ...draft
  }));
}
