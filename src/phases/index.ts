// The phases of a step, each in its own file, in the order step() calls them.
export { applyPolicies } from './apply-policies.js';
export { holdEvents } from './hold-events.js';
export { holdSubMcMeetings, trackSubGroups } from './sub-groups.js';
export { meet } from './meet.js';
export { search } from './search.js';
export { formTies } from './form-ties.js';
export { collaborate } from './collaborate.js';
export { decay } from './decay.js';
export { updateSatisfaction } from './update-satisfaction.js';
export { updateMembership } from './update-membership.js';
export { evaluateSupport } from './evaluate-support.js';
