const SHIFTS = [
  {
    from: "Understanding the job",
    to: "Understanding people",
    text: "Your results now come through others. Spend time learning what motivates each person and what gets in their way.",
  },
  {
    from: "Knowing everything yourself",
    to: "Developing people who know more than you",
    text: "Your value is no longer being the best expert in the room. It is building a team whose expertise grows past yours.",
  },
  {
    from: "Heads-down, short-term delivery",
    to: "The longer-term, bigger picture",
    text: "Make room to ask why the work matters and how it fits the strategy, not only how to finish it this week.",
  },
];

export function MindsetShifts() {
  return (
    <ol className="grid gap-4 md:grid-cols-3">
      {SHIFTS.map((shift, index) => (
        <li key={shift.to} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">Shift {index + 1}</p>
          <p className="mt-1 text-sm text-muted">From {shift.from.toLowerCase()}…</p>
          <p className="font-semibold">…to {shift.to.toLowerCase()}</p>
          <p className="mt-2 text-sm">{shift.text}</p>
        </li>
      ))}
    </ol>
  );
}
