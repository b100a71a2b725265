import { CircleCheck, Info, TriangleAlert } from "lucide-react";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Table, Td, Th } from "@/components/ui/table";
import type { LearningType } from "@/lib/db/generated/enums";
import type { PlanBalance } from "@/lib/plans/balance";
import { LEARNING_TYPE_LABELS } from "@/lib/plans/labels";

/**
 * The plan's 70/20/10 balance: the verdict in words (announced when it changes), a bar per kind
 * of learning with the target marked, and a table of the same figures. Plain HTML and SVG, so
 * the page loads no chart library; every bar is labelled with its figures, never colour alone.
 */

const BAR_COLOURS: Record<LearningType, string> = { EXPERIENCE: "fill-brand-600", PEOPLE: "fill-sky-700", FORMAL: "fill-amber-600" };

const actions = (count: number) => `${count} action${count === 1 ? "" : "s"}`;

function Verdict({ balance }: { balance: PlanBalance }) {
  const { verdict } = balance;
  const Icon = verdict.off ? TriangleAlert : verdict.kind === "balanced" ? CircleCheck : Info;
  return (
    <div
      role="status"
      aria-live="polite"
      className={cn(
        "flex items-start gap-2 rounded-md px-3 py-2 text-sm font-medium ring-1",
        verdict.off ? "bg-amber-50 text-amber-950 ring-amber-300" : verdict.kind === "balanced" ? "bg-emerald-50 text-emerald-950 ring-emerald-200" : "bg-slate-50 ring-slate-200",
      )}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p data-verdict={verdict.kind}>{verdict.sentence}</p>
    </div>
  );
}

function Bars({ balance }: { balance: PlanBalance }) {
  const summary = balance.rows.map((row) => `${LEARNING_TYPE_LABELS[row.type].short.toLowerCase()} ${row.share}% against ${row.target}%`).join(", ");
  return (
    <div role="img" aria-label={`Bar chart of the plan's shares against 70/20/10: ${summary}. The table below gives the same figures.`} className="space-y-3">
      <div aria-hidden className="space-y-3">
        {balance.rows.map((row) => (
          <div key={row.type}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className="font-medium">{LEARNING_TYPE_LABELS[row.type].label}</span>
              <span className="tabular-nums text-muted">
                <span className="font-semibold text-ink">{row.share}%</span> · {actions(row.count)} · target {row.target}%
              </span>
            </div>
            <svg width="100%" height="22" className="mt-1 block overflow-visible">
              <rect x="0" y="5" width="100%" height="12" rx="6" className="fill-slate-200" />
              {row.share > 0 ? <rect x="0" y="5" width={`${row.share}%`} height="12" rx="6" className={BAR_COLOURS[row.type]} /> : null}
              <line x1={`${row.target}%`} x2={`${row.target}%`} y1="0" y2="22" strokeWidth="2" strokeDasharray="3 2" className="stroke-ink" />
            </svg>
          </div>
        ))}
        <p className="flex items-center gap-2 text-xs text-muted">
          <svg width="10" height="16" className="shrink-0">
            <line x1="5" x2="5" y1="0" y2="16" strokeWidth="2" strokeDasharray="3 2" className="stroke-ink" />
          </svg>
          The dashed line marks the 70/20/10 target for each kind.
        </p>
      </div>
    </div>
  );
}

function FiguresTable({ balance, caption }: { balance: PlanBalance; caption: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Kind of learning</Th>
          <Th className="text-right">Actions</Th>
          <Th className="text-right">Done</Th>
          <Th className="text-right">Share of the plan</Th>
          <Th className="text-right">Target</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {balance.rows.map((row) => (
          <tr key={row.type}>
            <th scope="row" className="px-4 py-2 text-left font-medium">
              {LEARNING_TYPE_LABELS[row.type].label}
            </th>
            <Td className="text-right tabular-nums">{row.count}</Td>
            <Td className="text-right tabular-nums">{row.done}</Td>
            <Td className="text-right tabular-nums">{row.share}%</Td>
            <Td className="text-right tabular-nums">{row.target}%</Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t border-slate-200">
          <th scope="row" className="px-4 py-2 text-left font-medium">
            All actions
          </th>
          <Td className="text-right tabular-nums">{balance.total}</Td>
          <Td className="text-right tabular-nums">{balance.rows.reduce((sum, row) => sum + row.done, 0)}</Td>
          <Td className="text-right tabular-nums">{balance.total > 0 ? "100%" : "–"}</Td>
          <Td className="text-right tabular-nums">100%</Td>
        </tr>
      </tfoot>
    </Table>
  );
}

export const BALANCE_TABLE_CAPTION = "The plan's actions by kind of learning, against 70/20/10";

export function BalanceCard({ balance, whose }: { balance: PlanBalance; whose: "your" | "their" }) {
  return (
    <Card aria-labelledby="balance-heading" className="space-y-4">
      <div>
        <h2 id="balance-heading" className="text-lg font-semibold">
          Balance: 70/20/10
        </h2>
        <p className="mt-1 text-sm text-muted">
          About 70% of what leaders learn comes from doing, 20% from other people and 10% from courses. Every action in {whose} plan counts, whatever its
          status.
        </p>
      </div>
      <Verdict balance={balance} />
      {balance.total > 0 ? <Bars balance={balance} /> : null}
      <FiguresTable balance={balance} caption={BALANCE_TABLE_CAPTION} />
    </Card>
  );
}
