import type { pl } from './pl'

/** The app's own admin texts in English. */
export const en: typeof pl = {
  herold: {
    logWhen: 'When',
    logWho: 'Who',
    logDecision: 'Decision',
    logStates: 'State change',
    logCommentHeading: 'Comment',
    logEmpty: 'No decisions yet.',
    adminPanel: 'Herold – editors’ panel',
    coatOfArms: 'Coat of arms',
    coatOfArmsOf: 'Coat of arms: {{name}}',
    approvals: '(approvals: {{count}})',
    comment: 'Comment on the decision',
    commentNeeded: 'Requesting changes and withdrawing need a comment giving the reason.',
    commentsFetchAuto:
      'Comments are also fetched by themselves every 5 minutes. Open a comment to hide or delete it.',
    commentsFetchNow: 'Fetch comments now',
    commentsFetching: 'Fetching…',
    heldForBip: 'Waiting for publication in BIP',
    override: 'Approve despite unconfigured channels the category requires',
    overrideHint:
      'Only when necessary: give the reason in the comment; it goes to the approval log and the audit log.',
    logComment: '(“{{comment}}”)',
    moderation: 'Comment moderation',
    moderationAction: 'Action',
    moderationChoosePoint: '– choose a rule –',
    moderationDelete: 'Delete',
    moderationDeleteSubmit: 'Delete the comment and record it in the register',
    moderationGone: 'The comment is no longer on Facebook.',
    moderationHide: 'Hide (its author and their friends still see it)',
    moderationHideSubmit: 'Hide the comment and record it in the register',
    moderationNoRules:
      'There are no published discussion rules with points to refer to. Publish the rules (Transparency → Discussion rules) to moderate comments.',
    moderationOpenEntry: 'Open the register entry',
    moderationPoint: 'Rule broken (required)',
    moderationPrivacy:
      'No names, e-mail addresses, profile addresses or @mentions – the comment and its author go only into the confidential snapshot.',
    moderationRules: 'Discussion rules',
    moderationRulesVersion: '{{title}} (version {{version}})',
    moderationSummary: 'Public summary in the register',
    moderationSummaryPlaceholder: 'Made from the chosen rule.',
    policyAdd: 'you add: {{channels}}',
    policyAnd: ' and ',
    policyRefused: 'Approval will be refused until {{fix}}.',
    policyRemove: 'you remove: {{channels}}',
    postState: 'Post state:',
  },
}
