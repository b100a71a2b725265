import type { OrganisationDocument } from "./document";

/**
 * What a field-by-field schema cannot see: that every reference in the file names a record the
 * file holds, that what must be unique is, and the rules the database would otherwise refuse
 * half-way through an import (one draft per framework or charter, one running induction per
 * person, a reporting line without loops). Each problem reads "where: what is wrong".
 */
export function referenceProblems(doc: OrganisationDocument): string[] {
  const problems: string[] = [];
  const problem = (path: string, message: string) => problems.push(`${path}: ${message}`);

  const emails = new Set(doc.people.map((person) => person.email));
  const titles = new Set(doc.jobRoles.map((role) => role.title));
  const frameworkVersions = new Set(doc.frameworks.flatMap((framework) => framework.versions.map((version) => `${framework.key}#${version.number}`)));
  const charterVersions = new Set(doc.charters.flatMap((charter) => charter.versions.map((version) => `${charter.jobRole}#${version.number}`)));
  const templates = new Set(doc.inductionTemplates.map((template) => template.name));
  const cohorts = new Set(doc.cohorts.map((cohort) => cohort.name));
  const frameworks = new Set(doc.frameworks.map((framework) => framework.key));
  const itemsByInduction = new Map(doc.inductions.map((induction) => [induction.key, new Set(induction.phases.flatMap((phase) => phase.items.map((item) => item.key)))]));

  const person = (path: string, email: string | null) => {
    if (email !== null && !emails.has(email)) problem(path, `nobody in the file's people has the email address "${email}"`);
  };
  const known = (path: string, value: string | null, names: Set<string>, what: string) => {
    if (value !== null && !names.has(value)) problem(path, `the file holds no ${what} "${value}"`);
  };
  const unique = <T>(path: string, items: readonly T[], keyOf: (item: T) => string, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = keyOf(item);
      if (seen.has(key)) problem(`${path}[${index}]`, `${what} "${key}" appears twice`);
      seen.add(key);
    });
  };
  const oneDraft = (path: string, versions: readonly { status: string }[]) => {
    if (versions.filter((version) => version.status === "DRAFT").length > 1) problem(path, "only one version may be a draft");
  };

  unique("people", doc.people, (item) => item.email, "the email address");
  doc.people.forEach((item, i) => {
    known(`people[${i}].jobRole`, item.jobRole, titles, "job role");
    person(`people[${i}].manager`, item.manager);
  });
  reportingLoops(doc.people).forEach((email) => problem("people", `the reporting line of "${email}" goes round in a loop`));

  unique("jobRoles", doc.jobRoles, (item) => item.title, "the job role");
  doc.jobRoles.forEach((item, i) => {
    known(`jobRoles[${i}].usuallyFollows`, item.usuallyFollows, titles, "job role");
    if (item.usuallyFollows === item.title) problem(`jobRoles[${i}].usuallyFollows`, "a role cannot follow itself");
  });

  unique("frameworks", doc.frameworks, (item) => item.key, "the framework key");
  doc.frameworks.forEach((framework, i) => {
    unique(`frameworks[${i}].versions`, framework.versions, (item) => String(item.number), "version number");
    oneDraft(`frameworks[${i}].versions`, framework.versions);
    framework.versions.forEach((version, v) => person(`frameworks[${i}].versions[${v}].publishedBy`, version.publishedBy));
  });

  unique("charters", doc.charters, (item) => item.jobRole, "a charter for the job role");
  doc.charters.forEach((charter, i) => {
    known(`charters[${i}].jobRole`, charter.jobRole, titles, "job role");
    unique(`charters[${i}].versions`, charter.versions, (item) => String(item.number), "version number");
    oneDraft(`charters[${i}].versions`, charter.versions);
    charter.versions.forEach((version, v) => {
      const at = `charters[${i}].versions[${v}]`;
      person(`${at}.publishedBy`, version.publishedBy);
      const pinned = version.frameworkVersion;
      if (pinned) known(`${at}.frameworkVersion`, `${pinned.framework}#${pinned.number}`, frameworkVersions, "framework version");
      unique(`${at}.acknowledgements`, version.acknowledgements, (item) => item.person, "an acknowledgement by");
      version.acknowledgements.forEach((item, a) => person(`${at}.acknowledgements[${a}].person`, item.person));
      version.questions.forEach((item, q) => person(`${at}.questions[${q}].person`, item.person));
    });
  });

  unique("inductionTemplates", doc.inductionTemplates, (item) => item.name, "the template");
  doc.inductionTemplates.forEach((item, i) => known(`inductionTemplates[${i}].jobRole`, item.jobRole, titles, "job role"));
  unique("mindsetSections", doc.mindsetSections, (item) => item.title, "the section");
  unique("cohorts", doc.cohorts, (item) => item.name, "the cohort");

  unique("inductions", doc.inductions, (item) => item.key, "the induction key");
  unique("inductions (running)", doc.inductions.filter((item) => item.status === "ACTIVE"), (item) => item.person, "a running induction of");
  doc.inductions.forEach((induction, i) => {
    const at = `inductions[${i}]`;
    person(`${at}.person`, induction.person);
    known(`${at}.jobRole`, induction.jobRole, titles, "job role");
    known(`${at}.template`, induction.template, templates, "template");
    known(`${at}.cohort`, induction.cohort, cohorts, "cohort");
    person(`${at}.manager`, induction.manager);
    person(`${at}.supporter`, induction.supporter);
    unique(`${at} items`, induction.phases.flatMap((phase) => phase.items), (item) => item.key, "the item key");
    induction.phases.forEach((phase, p) =>
      phase.items.forEach((item, k) => {
        const itemAt = `${at}.phases[${p}].items[${k}]`;
        person(`${itemAt}.completedBy`, item.completedBy);
        person(`${itemAt}.signedOffBy`, item.signedOffBy);
        item.evidence.forEach((evidence, e) => person(`${itemAt}.evidence[${e}].author`, evidence.author));
      }),
    );
  });

  doc.reflections.forEach((item, i) => {
    const items = itemsByInduction.get(item.induction);
    if (!items) problem(`reflections[${i}].induction`, `the file holds no induction "${item.induction}"`);
    else if (item.item !== null && !items.has(item.item)) problem(`reflections[${i}].item`, `induction "${item.induction}" has no item "${item.item}"`);
    person(`reflections[${i}].author`, item.author);
  });

  doc.assessments.forEach((item, i) => {
    const at = `assessments[${i}]`;
    person(`${at}.subject`, item.subject);
    person(`${at}.assessor`, item.assessor);
    if (item.induction !== null && !itemsByInduction.has(item.induction)) problem(`${at}.induction`, `the file holds no induction "${item.induction}"`);
    known(`${at}.charterVersion`, `${item.charterVersion.jobRole}#${item.charterVersion.number}`, charterVersions, "charter version");
    unique(`${at}.ratings`, item.ratings, (rating) => rating.competencyKey, "a rating of");
  });

  doc.conversations.forEach((item, i) => {
    const at = `conversations[${i}]`;
    person(`${at}.person`, item.person);
    person(`${at}.manager`, item.manager);
    item.actions.forEach((action, a) => person(`${at}.actions[${a}].owner`, action.owner));
    item.preparations.forEach((preparation, p) => person(`${at}.preparations[${p}].person`, preparation.person));
  });
  doc.openPreparations.forEach((item, i) => person(`openPreparations[${i}].person`, item.person));

  unique("plans", doc.plans, (item) => item.person, "a plan of");
  doc.plans.forEach((item, i) => person(`plans[${i}].person`, item.person));

  unique("supporters", doc.supporters, (item) => item.person, "a bench profile of");
  doc.supporters.forEach((item, i) => {
    person(`supporters[${i}].person`, item.person);
    unique(`supporters[${i}].strengths`, item.strengths, (strength) => `${strength.framework}#${strength.competencyKey}`, "the strength");
    item.strengths.forEach((strength, s) => known(`supporters[${i}].strengths[${s}].framework`, strength.framework, frameworks, "framework"));
  });

  doc.relationships.forEach((item, i) => {
    const at = `relationships[${i}]`;
    person(`${at}.supporter`, item.supporter);
    person(`${at}.leader`, item.leader);
    person(`${at}.createdBy`, item.createdBy);
    item.sessions.forEach((session, s) => person(`${at}.sessions[${s}].author`, session.author));
  });

  doc.feedbackRequests.forEach((item, i) => {
    person(`feedbackRequests[${i}].requester`, item.requester);
    unique(`feedbackRequests[${i}].responses`, item.responses, (response) => response.respondent, "a response from");
    item.responses.forEach((response, r) => person(`feedbackRequests[${i}].responses[${r}].respondent`, response.respondent));
  });

  return problems;
}

/** People whose chain of managers comes back to someone already on it. */
function reportingLoops(people: OrganisationDocument["people"]): string[] {
  const managerOf = new Map(people.map((person) => [person.email, person.manager]));
  const settled = new Set<string>();
  const loops: string[] = [];
  for (const { email } of people) {
    const chain = new Set<string>();
    let current: string | null | undefined = email;
    while (current && !settled.has(current)) {
      if (chain.has(current)) {
        loops.push(email);
        break;
      }
      chain.add(current);
      current = managerOf.get(current);
    }
    chain.forEach((member) => settled.add(member));
  }
  return loops;
}
