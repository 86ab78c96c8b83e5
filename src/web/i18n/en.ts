// The page's words in English: every string the teaching page shows, the Info panel and the levers' labels and
// explanations. ko.ts must have the same keys (typed by Messages below); {name} marks a value filled in by fill().
import type { LeverKey } from '../lever-registry.js';

/** A lever's words: its label on the page and one line, shown under its control, that a 16-year-old understands. */
export interface LeverWords {
  label: string;
  explain: string;
}

export const en = {
  lang: { name: 'English', switchTo: 'Language' },
  title: 'clustersim: mini-cluster networks in the classroom',
  header: {
    scenario: 'Scenario',
    seed: 'Seed',
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    speed: 'Speed',
    stepsPerSecond: '{n} months/s',
    fastest: 'fastest',
    atEnd: 'At the end',
    atEndStop: 'stop',
    atEndContinue: 'go on',
    atEndLoop: 'start again',
    month: 'month',
    info: 'About this model',
    status: { loading: 'loading', paused: 'paused', playing: 'playing', finished: 'finished', error: 'error' },
  },
  network: {
    label: 'The network of members and ties; focus it and use the arrow keys to visit members one by one',
    colourBy: 'Colour by',
    byKind: 'kind',
    byMc: 'mini-cluster',
    bySatisfaction: 'satisfaction',
    nonMember: 'park firm, not a member',
    satisfactionLow: 'unhappy (0)',
    satisfactionHigh: 'happy (1)',
    mcMore: '… and {n} more',
    exportPng: 'Save picture (PNG)',
    exportCsv: 'Save data (CSV)',
    inspectHint: 'Point at a dot (or focus the picture and press the arrow keys) to see who it is.',
    inspect: '{kind} of {mc}: {member}, {ties} ties, mean trust {trust}, satisfaction {satisfaction}',
    member: 'member',
    notMember: 'not a member',
  },
  regions: {
    capital: 'Capital (Sudogwon)',
    daegyeong: 'Daegyeong',
    chungcheong: 'Chungcheong',
    dongnam: 'Dongnam (south-east)',
    honam: 'Honam (south-west)',
    gangwon: 'Gangwon',
  },
  kinds: { firm: 'firm', professor: 'professor', institute: 'research institute', agency: 'support agency' },
  tieSorts: {
    firmFirm: 'firm-firm',
    firmExpert: 'firm-expert (industry-university-research, IUR)',
    firmAgency: 'firm-agency',
    expertExpert: 'expert-expert',
    other: 'other (agency)',
  },
  levers: {
    heading: 'Levers',
    intro:
      "A mini-cluster is a club of firms, professors and research institutes in one industrial park. These are the government's levers on the clubs: change them while the model runs.",
    groups: {
      openness: 'Openness',
      scope: 'Regional scope',
      money: 'Subsidy and fees',
      activity: 'What the clubs do',
      national: 'National support',
    },
    month: 'month',
    words: {
      openEventShare: {
        label: 'Events open to outsiders',
        explain:
          "How many of a mini-cluster's meetings anyone may attend, not just its own members: more chances to meet new partners.",
      },
      nonStrategicFirms: {
        label: 'firms outside the strategic sector may join',
        explain: 'Lets firms of any industry join, not only those of the industry the park was built for.',
      },
      scope: {
        label: 'Members reach',
        explain:
          'How far members look for partners and travel to meetings: their own park, their region, or the whole country.',
      },
      subsidyLevel: {
        label: 'Subsidy level',
        explain:
          'Government money for each mini-cluster, compared with the real programme: 1.0x is what it paid, 0x nothing, 2.0x double.',
      },
      withdrawalAt: {
        label: 'withdraw it at step',
        explain:
          'Stops the government money at that step (one step is one month), to see whether the network lives on without it.',
      },
      withdrawalWhere: {
        label: 'withdraw it in',
        explain:
          'Where the subsidy stops: in every region, or only in one, so that the other regions show what would have happened.',
      },
      feePerFirmMonth: {
        label: 'Fee per member firm-month',
        explain:
          'What each member firm pays every month to belong, in millions of Korean won (M KRW); firms that find it not worth it refuse and leave.',
      },
      refuseIntercept: {
        label: 'Reluctance to pay a new fee',
        explain:
          'When a fee appears or rises, each firm weighs it against what the club gives it and decides once to pay or leave; higher means more leave.',
      },
      selfOrganisedShare: {
        label: 'Meetings members run without money',
        explain:
          'How many of its usual meetings a keen mini-cluster still holds on its own time when there is no money at all.',
      },
      activityMix: {
        label: 'Activities',
        explain:
          'What a mini-cluster spends its time on: seminars, company visits, joint project teams, exchange with other regions, online networking or clubs.',
      },
      leadFirmsRequired: {
        label: 'large firms must join as lead firms',
        explain:
          'Requires the big firms of each park to become members, so that smaller firms have strong partners to learn from.',
      },
      initiative: {
        label: 'the national initiative brokers ties across mini-clusters',
        explain:
          'A national office acts as a matchmaker, introducing firms to partners in other mini-clusters and regions.',
      },
      expertPool: {
        label: 'an expert pool lowers the cost of finding experts',
        explain:
          'A shared list of professors and research institutes makes it cheaper for firms to find an expert to work with.',
      },
    } satisfies Record<LeverKey, LeverWords>,
    choices: {
      scope: { park: 'their park', region: 'their region', national: 'the nation' },
      activityMix: {
        asRun: 'as run (mostly seminars)',
        projectTeams: 'joint project teams',
        online: 'online networking',
        crossRegion: 'cross-region exchange',
        firmsWant: 'what firms want (Table 4)',
      },
    },
    /** The activity mix of a scenario that is none of the choices. */
    ownMix: "the scenario's own",
    /** The choice of a withdrawal's place that means every region (the others are the regions' names). */
    everywhere: 'every region',
    units: { krw: ' M KRW' },
  },
  readout: {
    date: 'month',
    members: 'members',
    ties: 'ties',
    density: 'density',
    satisfaction: 'satisfaction',
    events: 'events this month',
    tasks: 'tasks solved this month',
    speed: 'speed',
    speedValue: '{rate} months/s, {ms} ms a month',
    na: 'none',
  },
  charts: {
    label: 'Live charts of the run; the same numbers can be saved as CSV',
    density: 'Density of the member network',
    satisfaction: 'Mean satisfaction of members (0-1)',
    members: 'Members by kind',
    ties: 'Ties by kind',
    crossMc: 'Ties between mini-clusters (share)',
    crossMcSeries: 'between mini-clusters',
    second: 'dashed: second run',
  },
  policies: {
    heading: 'Scheduled policies of this scenario',
    none: 'none: only the levers you move',
    item: '{date}: {label}',
    unnamed: 'a change of {params}',
    leverMoved: 'you moved {lever}',
  },
  compare: {
    toggle: 'Compare with a second run',
    explain:
      'Starts a second run with the same seed and the levers as they are now; move one lever and the charts show both runs (the second dashed), so you see the policy and not chance.',
    differs: 'The runs differ in: {levers}.',
    same: 'The runs differ in nothing yet: move a lever.',
  },
  lessons: {
    heading: 'Lessons',
    choose: 'Lesson',
    none: 'no lesson: free play',
    stepOf: 'Part {n} of {total}',
    back: 'Back',
    next: 'Next',
    close: 'End the lesson',
    predictTitle: 'What do you think?',
    predicted: 'Your prediction: {choice}',
    predictFirst: 'Choose an answer to go on.',
    runTitle: 'Run it',
    run: 'Run to {date}',
    running: 'Running… month {date}',
    ran: 'Done: the run has reached {date}.',
    lookTitle: 'Look at the marked moment',
    lookAt: 'The charts have a marker at {date}.',
    explainTitle: 'Why it happens',
    odd: 'In the model description (docs/ODD.md), section {section}.',
    tryTitle: 'Now try',
  },
  info: {
    heading: 'About this model',
    close: 'Close',
    sections: [
      {
        title: 'What is it?',
        text: [
          'From 2005 Korea\'s government paid for "mini-clusters": clubs of firms, professors and research institutes inside an industrial park, who meet, share problems and work on them together. This page is a model of those clubs: each dot is one member, each line a working relationship (a tie) between two of them.',
          'The model follows a research paper on the programme and its survey of member firms. It is a simplified world, made to think with: it shows how rules can lead to patterns, not what will happen in a real park.',
        ],
      },
      {
        title: 'What you see',
        text: [
          'Dots are agents: coloured dots are members, small grey dots are firms of the park that are not members. Colour them by kind (firm, professor, research institute, support agency), by mini-cluster, or by satisfaction, and the legend under the picture says what each colour means.',
          'Lines are ties between members. Dots of one mini-cluster sit together; mini-clusters of one region sit around its name.',
          'The charts on the right follow the whole run: how dense the network is, how satisfied members are, how many members and ties of each kind there are. A dashed vertical line marks a month where a lever moved or a scheduled policy acted.',
        ],
      },
      {
        title: 'How a month works',
        text: [
          "One step is one month. Each month: the policies of the timeline act; mini-clusters hold events with the money they have (subsidy and fees); people who meet may form a tie; firms look for partners; firms bring their technical problems to partners and solve some of them, which builds trust; unused ties fade; members become more or less satisfied; unhappy firms leave and other firms join; once a year the government may end some clubs' support.",
        ],
      },
      {
        title: 'The measures',
        text: [
          "Members: agents in a mini-cluster. Ties: working relationships between members. Density: the share of all possible pairs of members that are tied (0 to 1). Satisfaction: how happy members are with their club, from 0 to 1, made of five things firms said matter (new partners, joint projects with researchers, taking part, the club's own money, its big firms). Events and tasks solved: what happened this month.",
        ],
      },
      {
        title: 'Things to notice',
        text: [
          'Ties grow fast in the first years, then level off. Most ties are between firms; ties with professors and institutes (industry-university-research) are fewer but matter for solving problems.',
          'Watch the months after a policy marker: the effect of a lever often shows only after a year or more, because trust and satisfaction change slowly.',
        ],
      },
      {
        title: 'Things to try',
        text: [
          'Stop the subsidy at month 60: does the network survive? Open events to outsiders, or widen the reach to the region: what happens to ties between mini-clusters? Put a fee on membership: who leaves? Use "Compare with a second run" to see one lever\'s effect with the same luck.',
          'Stop the subsidy in one region only: do its mini-clusters fall behind the others? Switch the activities to joint project teams, or to what firms say they want: which ties grow? Raise the reluctance to pay a fee: how many firms refuse and leave?',
        ],
      },
      {
        title: 'Going further',
        text: [
          "The same model runs from the command line (clustersim run, compare, sweep) with many runs, intervals and charts. Every rule is written down in the model description, docs/ODD.md, in the project's folder; the lessons are files in lessons/ that a teacher can copy and change.",
        ],
      },
    ],
    glossaryTitle: 'Words used on this page',
    glossary: [
      ['mini-cluster', 'a club of firms, professors, research institutes and a support agency in one industrial park'],
      ['industrial park', 'an area built for factories and firms; each mini-cluster belongs to one'],
      ['member firm', 'a firm that has joined a mini-cluster'],
      ['industry-university-research (IUR)', 'work between firms and universities or research institutes'],
      ['network activities', 'the events of a mini-cluster: meetings, seminars, company visits'],
      ['solving technical problems', 'a firm brings a problem to a partner; solved problems build trust'],
      ['tie', 'a working relationship between two members; it fades if unused'],
      ['trust', 'how much two partners rely on each other (0 to 1); rises after success, falls faster after failure'],
      ['satisfaction', "a member's happiness with its mini-cluster (0 to 1); unhappy firms tend to leave"],
      ['density', 'share of the possible pairs of members that are tied'],
      ['subsidy', 'government money for each mini-cluster'],
      ['membership fee', 'what a member firm pays every month, in millions of Korean won (M KRW)'],
      ['lead firm (hub)', 'a large firm that is asked to join and lead the smaller ones'],
      ['expert pool', 'a shared list of professors and research institutes'],
      ['scope', 'how far members look for partners: park, region or nation'],
      [
        'activities',
        'what a mini-cluster does with its budget: seminars, company visits, joint project teams, exchange with other regions, online networking, communities',
      ],
      ['joint project team', 'a few members working together on one product or problem for months'],
      ['withdrawal in one region', 'the subsidy stops only in the chosen region; the others keep it, for comparison'],
      ['seed', 'the number that fixes the chance events; the same seed gives the same run'],
      ['scenario', 'a starting set-up: which regions, which levers, which policies over time'],
      ['step', 'one month of the model'],
    ] as [string, string][],
  },
  presets: {
    classroom: {
      label: 'Classroom: Gangwon, 6 mini-clusters, about 600 agents',
      description:
        "Gangwon's six mini-clusters at the Wonju park: a few hundred members, small enough to watch tie by tie.",
    },
    national: {
      label: 'National: 81 mini-clusters in six regions, about 8,500 agents',
      description:
        'The whole programme: 81 mini-clusters in the six regions of the paper, about 8,500 agents and 30,000 ties.',
    },
  },
};

/** The shape of a catalogue: every language has exactly these keys. */
export type Messages = typeof en;
