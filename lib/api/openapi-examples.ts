// Examples for the OpenAPI document, as a client receives them (JSON). Redocly lint and the unit
// test check each against its schema, so an example cannot drift from the schema either.

const cycle = { id: "cm5cycle2025demo0000000001", name: "2025 cycle", opensAt: "2025-01-15T00:00:00.000Z", closesAt: "2025-12-31T00:00:00.000Z" };
const pillars = { legal: 15.5, technical: 12, organizational: 13.75, "capacity-development": 10, cooperation: 10 };
const count = (answered: number, applicable: number) => ({ answered, applicable });

export const scoreSummaryExample = {
  overall: 61.25,
  pillars,
  tier: 3,
  flags: [{ id: "no-national-cirt", severity: "critical" }],
  completion: {
    answered: 58,
    applicable: 64,
    ratio: 0.91,
    pillars: {
      legal: count(14, 14),
      technical: count(12, 15),
      organizational: count(12, 12),
      "capacity-development": count(10, 12),
      cooperation: count(10, 11),
    },
  },
};

export const callerExample = {
  user: { id: "cm5user00focalken000000001", email: "focal.ken@example.org", name: "Amina Wanjiru" },
  grants: [{ role: "focal-point", countryIso3: "KEN", pillars: [] }],
  via: "token",
};

export const assessmentPageExample = {
  assessments: [
    {
      id: "cm5assessken2025000000001",
      countryIso3: "KEN",
      status: "draft",
      updatedAt: "2025-03-02T09:41:07.120Z",
      submittedAt: null,
      cycle,
      score: { basis: "self-reported", overall: 61.25, tier: 3, pillars },
    },
  ],
  nextCursor: "WzE3MzY4OTkyMDAwMDAsIktFTiIsImNtNWFzc2Vzc2tlbjIwMjUwMDAwMDAwMSJd",
};

export const assessmentExample = {
  id: "cm5assessken2025000000001",
  country: "KEN",
  cycle,
  questionnaire: "five-pillars@2024",
  status: "draft",
  submittedAt: null,
  answers: {
    "national-cirt": {
      value: "partially-in-place",
      revision: 3,
      comment: "KE-CIRT/CC operates during office hours",
      carriedForward: false,
      updatedAt: "2025-03-02T09:41:07.120Z",
    },
    "national-cirt-services": {
      value: ["incident-handling", "early-warning"],
      revision: 1,
      comment: null,
      carriedForward: false,
      updatedAt: "2025-03-01T15:02:44.000Z",
    },
  },
  score: {
    basis: "self-reported",
    selfReported: scoreSummaryExample,
    validated: null,
    tierStability: {
      overall: 61.25,
      tier: 3,
      tierMin: 55,
      nextTier: { tier: 2, min: 85, pointsNeeded: 23.75 },
      pointsAboveTierMin: 6.25,
      nearestBoundary: 6.25,
      weightVariation: 0.1,
      holds: true,
      tierRange: { best: 3, worst: 3 },
      overallRange: { min: 59.8, max: 62.7 },
    },
    maturity: [
      {
        indicator: "cirts",
        pillar: "technical",
        stage: "established",
        next: { stage: "strategic", missing: [{ question: "sectoral-cirts", in: ["in-place"] }] },
      },
    ],
    questionnaireHash: "3f1c2a9be07d4c55a6b1e2f0c9d8a7b6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0",
    rulesVersion: "scoring-3",
  },
};

export const saveAnswerExample = { value: "in-place", revision: 3, comment: "KE-CIRT/CC runs 24/7 since March" };
export const savedAnswerExample = {
  answer: { questionId: "national-cirt", value: "in-place", revision: 4, updatedAt: "2025-03-02T10:15:00.000Z", unchanged: false },
};

export const answerConflictExample = {
  error: {
    code: "conflict",
    message: "Someone else changed this answer since you loaded it",
    details: {
      current: { value: "partially-in-place", revision: 4, updatedAt: "2025-03-02T10:14:58.000Z", updatedBy: "Otieno Kamau" },
      yours: { value: "in-place", revision: 3 },
    },
  },
};

export const submissionBlockedExample = {
  error: {
    code: "invalid",
    message: "2 item(s) must be completed before submission",
    details: {
      problems: [
        { questionId: "national-cirt-24x7", pillar: "technical", kind: "unanswered" },
        { questionId: "data-protection-law", pillar: "legal", kind: "evidence-missing" },
      ],
    },
  },
};

const link = {
  id: "cm5evidence00link00000001",
  questionId: "data-protection-law",
  createdAt: "2025-02-20T08:00:00.000Z",
  createdByName: "Amina Wanjiru",
  kind: "link",
  url: "https://www.odpc.go.ke/dpa-act/",
  title: "Data Protection Act, 2019",
};
const file = {
  id: "cm5evidence00file00000001",
  questionId: "national-strategy-adopted",
  createdAt: "2025-02-21T12:30:00.000Z",
  createdByName: "Otieno Kamau",
  kind: "file",
  fileName: "national-cybersecurity-strategy-2022.pdf",
  size: 1843220,
  mimeType: "application/pdf",
  sha256: "9b74c9897bac770ffc029102a200c5de5e2f1d6f1ac3e1c2d9f0e8b7a6c5d4e3",
};
export const evidenceListExample = { evidence: { "data-protection-law": [link], "national-strategy-adopted": [file] } };
export const addLinkExample = { questionId: "data-protection-law", url: "https://www.odpc.go.ke/dpa-act/", title: "Data Protection Act, 2019" };
export const evidenceAddedExample = { evidence: link };
export const evidenceRemovedExample = { removed: { id: "cm5evidence00link00000001" } };

export const transitionExample = { transition: "return", reason: "Please add the strategy document for question national-strategy-adopted" };
export const transitionedExample = { status: "returned" };
export const reviewAnswerExample = { state: "adjusted", value: "partially-in-place", reason: "The CIRT does not yet operate around the clock" };
export const verdictExample = { review: { questionId: "national-cirt", state: "adjusted" } };
export const commentExample = { body: "The strategy was adopted by the Cabinet in October 2022; the gazette notice is attached." };
export const commentPostedExample = { comment: { id: "cm5comment0000000000000001" } };
export const signOffExample = { decision: "disputed", reason: "The adjusted CIRT answer ignores the 24/7 service launched in March" };
export const signedOffExample = { signOff: "disputed" };

export const reviewThreadsExample = {
  threads: {
    "national-cirt": [
      {
        id: "cm5comment0000000000000001",
        kind: "query",
        body: "Is the CIRT staffed outside office hours?",
        author: "Reviewer (ITU/BDT)",
        at: "2025-04-03T09:00:00.000Z",
      },
      {
        id: "cm5comment0000000000000002",
        kind: "reply",
        body: "Not yet; 24/7 service starts in 2026.",
        author: "Amina Wanjiru",
        at: "2025-04-04T07:30:00.000Z",
      },
    ],
  },
  verdicts: { "national-cirt": { state: "adjusted", adjustedValue: "partially-in-place", reason: "The CIRT does not yet operate around the clock" } },
};

export const auditTrailExample = {
  entries: [
    {
      at: "2025-03-30T16:20:00.000Z",
      action: "assessment.submit",
      actor: "Amina Wanjiru",
      actorEmail: "focal.ken@example.org",
      data: { from: "draft", to: "submitted", reason: null },
    },
    {
      at: "2025-04-03T09:00:00.000Z",
      action: "answer.queried",
      actor: "Reviewer (ITU/BDT)",
      actorEmail: "reviewer@example.org",
      data: { questionId: "national-cirt", reason: "Is the CIRT staffed outside office hours?", adjustedValue: null },
    },
  ],
};
export const auditCsvExample =
  "at,action,actor,actor_email,from,to,reason,question\n2025-03-30T16:20:00.000Z,assessment.submit,Amina Wanjiru,focal.ken@example.org,draft,submitted,,\n";

export const reviewQueueExample = {
  filter: { status: "open", assignee: "anyone", limit: 50 },
  cycles: [{ id: cycle.id, name: cycle.name }],
  counts: { submitted: 12, "in-review": 5, returned: 2, validated: 40 },
  rows: [
    {
      id: "cm5assessken2025000000001",
      status: "submitted",
      submittedAt: "2025-03-30T16:20:00.000Z",
      updatedAt: "2025-03-30T16:20:00.000Z",
      assigneeId: null,
      assignee: null,
      overallScore: 61.25,
      country: { iso3: "KEN", nameEn: "Kenya", nameFr: "Kenya", nameAr: "كينيا", nameZh: "肯尼亚", nameRu: "Кения", nameEs: "Kenia", ituRegion: "africa" },
      cycle: { id: cycle.id, name: cycle.name },
    },
  ],
  nextCursor: "cm5assessken2025000000001",
};

export const notificationsExample = {
  unread: 1,
  notifications: [
    {
      id: "cm5notification00000000001",
      userId: "cm5user00focalken000000001",
      kind: "query",
      assessmentId: "cm5assessken2025000000001",
      data: { questionId: "national-cirt", country: "KEN" },
      createdAt: "2025-04-03T09:00:00.000Z",
      readAt: null,
    },
  ],
};
export const notificationsReadExample = { unread: 0 };

export const scoresExample = {
  cycle: { id: cycle.id, name: cycle.name },
  questionnaire: "five-pillars@2024",
  rows: [
    { iso3: "KEN", status: "validated", basis: "validated", demo: false, level: "overall", id: "overall", pillar: "", score: 61.25, maxPoints: 100 },
    { iso3: "KEN", status: "validated", basis: "validated", demo: false, level: "pillar", id: "legal", pillar: "legal", score: 15.5, maxPoints: 20 },
  ],
};
export const scoresCsvExample = "iso3,status,basis,demo,level,id,pillar,score,maxPoints\nKEN,validated,validated,false,overall,overall,,61.25,100\n";

export const answersExample = {
  cycle: { id: cycle.id, name: cycle.name },
  questionnaire: "five-pillars@2024",
  rows: [
    {
      iso3: "KEN",
      status: "validated",
      demo: false,
      pillar: "technical",
      indicator: "cirt",
      question: "national-cirt",
      type: "scale",
      value: "partially-in-place",
      answered: true,
      applicable: true,
      credit: 0.5,
      points: 1.25,
      maxPoints: 2.5,
      comment: "KE-CIRT/CC operates during office hours",
      provenance: "country",
      countryConfirmed: false,
      sourceUrl: null,
      sourceTitle: null,
      sourceAccessedOn: null,
      links: ["https://www.ke-cirt.go.ke/"],
      files: [],
    },
  ],
};
export const answersCsvExample =
  "iso3,status,demo,pillar,indicator,question,type,value,answered,applicable,credit,points,maxPoints,comment,provenance,countryConfirmed,sourceUrl,sourceTitle,sourceAccessedOn,links,files\nKEN,validated,false,technical,cirt,national-cirt,scale,partially-in-place,true,true,0.5,1.25,2.5,,country,false,,,,,\n";

export const gapsCsvExample = "iso3,country,region,tier,flags,no-national-cirt\nKEN,Kenya,africa,3,no-national-cirt,1\n";

export const workbookImportExample = {
  changed: [{ sheet: "Technical", row: 7, questionId: "national-cirt", value: "in-place", comment: null, revision: 3 }],
  unchanged: 41,
  invalid: [{ sheet: "Legal", row: 12, questionId: "data-protection-law", reason: '"perhaps" is not one of the allowed answers' }],
  conflicts: [],
  applied: false,
  saved: 0,
};

/** The error examples each status answers with (operations may show a more specific one). */
export const errorExamples = {
  400: { error: { code: "bad-request", message: "The request body is not valid JSON" } },
  401: { error: { code: "unauthenticated", message: "Authentication required: sign in or send Authorization: Bearer <token>" } },
  403: { error: { code: "forbidden", message: "You may not edit this pillar" } },
  404: { error: { code: "not-found", message: "Assessment not found" } },
  409: { error: { code: "conflict", message: "An assessment that is submitted cannot be submitted" } },
  413: { error: { code: "too-large", message: "The file is larger than 20 MB", fields: { file: "Too large" } } },
  415: {
    error: { code: "unsupported-media-type", message: "Send the request body as JSON (Content-Type: application/json), or as multipart/form-data for uploads" },
  },
  422: { error: { code: "invalid", message: "Some fields are not valid", fields: { limit: "limit is a whole number from 1 to 200" } } },
} as const;

const publishedCycle = { id: cycle.id, name: cycle.name, publishedAt: "2026-03-01T09:00:00.000Z", questionnaire: "five-pillars@2024" };
const kenPillars = { legal: 15.5, technical: 12.75, organizational: 11, "capacity-development": 10.5, cooperation: 11.5 };

export const publicScoresExample = {
  cycle: publishedCycle,
  cycles: [{ id: cycle.id, name: cycle.name }],
  countries: [{ iso3: "KEN", name: "Kenya", region: "africa", origin: "country", basis: "consent", demo: false, overall: 61.25, tier: 3, pillars: kenPillars }],
  world: { count: 1, overall: 61.25, pillars: kenPillars },
  regions: [{ region: "africa", count: 1, overall: 61.25, pillars: kenPillars }],
  tiers: [
    { tier: 1, count: 0 },
    { tier: 2, count: 0 },
    { tier: 3, count: 1 },
    { tier: 4, count: 0 },
    { tier: 5, count: 0 },
  ],
};

export const publicCountryExample = {
  cycle: publishedCycle,
  cycles: [{ id: cycle.id, name: cycle.name }],
  country: { iso3: "KEN", name: "Kenya", region: "africa" },
  origin: "country",
  basis: "consent",
  demo: false,
  overall: 61.25,
  tier: 3,
  tierLabel: "Establishing",
  pillars: kenPillars,
  region: { count: 1, overall: 61.25, pillars: kenPillars },
  world: { count: 1, overall: 61.25, pillars: kenPillars },
  strengths: [{ indicator: "cybercrime-legislation", title: "Cybercrime legislation", pillar: "legal", score: 4, maxPoints: 4 }],
  growthAreas: [{ indicator: "child-online-protection", title: "Child online protection", pillar: "capacity-development", score: 0.5, maxPoints: 3 }],
  gaps: [
    {
      id: "no-national-strategy",
      severity: "critical",
      message: "There is no national cybersecurity strategy.",
      action: "Adopt a national cybersecurity strategy with an action plan, owners and a budget.",
      reference: "ITU Guide to Developing a National Cybersecurity Strategy (2021)",
    },
  ],
  evidence: [{ questionId: "national-cirt", pillar: "technical", url: "https://www.ke-cirt.go.ke/", title: "KE-CIRT/CC" }],
};
