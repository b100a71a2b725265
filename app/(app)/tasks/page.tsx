import Link from "next/link";
import { completeItemAction, signOffItemAction } from "./actions";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePerson } from "@/lib/auth/session";
import { hasAnyRole } from "@/lib/auth/hats";
import { countOpenAskedOf } from "@/lib/feedback/queries";
import { formatDay, KIND_LABELS, OWNER_LABELS } from "@/lib/inductions/item-labels";
import { listMyTasks, TASKS_SHOWN, type TaskView } from "@/lib/inductions/tasks-queries";

export const metadata = { title: "My tasks" };

export default async function MyTasksPage() {
  const actor = await requirePerson();
  const [tasks, feedbackWaiting] = await Promise.all([listMyTasks(actor), countOpenAskedOf(actor)]);
  const signs = hasAnyRole(actor.roles, ["MANAGER", "HR_ADMIN"]);
  return (
    <>
      <PageHeader
        title="My tasks"
        description={`Induction items that are yours to do and are overdue or due in the next seven days${signs ? ", and finished items waiting for your sign-off" : ""}. Today is ${formatDay(tasks.today)}.`}
      />
      {tasks.more ? <p className="mb-4 text-sm text-muted">Showing the first {TASKS_SHOWN} of each list, the earliest due first; more appear as these are done.</p> : null}
      {feedbackWaiting > 0 ? (
        <p className="mb-4 text-sm">
          <Link href="/feedback" className="font-medium text-brand-700 underline">
            {feedbackWaiting === 1 ? "A colleague is" : `${feedbackWaiting} colleagues are`} waiting for your feedback
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="due-heading" className="mb-8">
        <h2 id="due-heading" className="mb-3 text-lg font-semibold">
          To do ({tasks.due.length})
        </h2>
        {tasks.due.length === 0 ? (
          <Card>
            <p className="text-sm text-muted">Nothing of yours is overdue and nothing falls due in the next seven days.</p>
          </Card>
        ) : (
          <TaskTable caption="Items to do" tasks={tasks.due} action="complete" />
        )}
      </section>
      {signs ? (
        <section aria-labelledby="sign-off-heading">
          <h2 id="sign-off-heading" className="mb-3 text-lg font-semibold">
            Waiting for your sign-off ({tasks.signOffs.length})
          </h2>
          {tasks.signOffs.length === 0 ? (
            <Card>
              <p className="text-sm text-muted">No finished item is waiting for your sign-off.</p>
            </Card>
          ) : (
            <TaskTable caption="Items waiting for your sign-off" tasks={tasks.signOffs} action="sign-off" />
          )}
        </section>
      ) : null}
    </>
  );
}

function TaskTable({ caption, tasks, action }: { caption: string; tasks: TaskView[]; action: "complete" | "sign-off" }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Item</Th>
          <Th>Whose induction</Th>
          <Th>Due</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {tasks.map((task) => (
          <tr key={task.id}>
            <Td>
              <Link href={task.href} className="font-medium text-brand-700 underline">
                {task.title}
              </Link>
              <span className="block text-xs text-muted">
                {KIND_LABELS[task.kind]} · {OWNER_LABELS[task.owner]}
              </span>
            </Td>
            <Td>{task.person.name}</Td>
            <Td className="whitespace-nowrap">
              {formatDay(task.dueDate)}
              {action === "complete" && task.overdue ? <Badge className="ml-2 bg-red-100 text-red-800">Overdue</Badge> : null}
            </Td>
            <Td className="text-right">
              {action === "sign-off" ? (
                <ButtonActionForm action={signOffItemAction} fields={{ itemId: task.id, version: String(task.version) }} label="Sign off" pendingLabel="Signing off…" variant="secondary" />
              ) : task.canComplete ? (
                <ButtonActionForm action={completeItemAction} fields={{ itemId: task.id, version: String(task.version) }} label="Mark as done" pendingLabel="Saving…" variant="secondary" />
              ) : (
                <Link href={task.href} className="text-sm text-brand-700 underline">
                  Open
                  <span className="sr-only">: {task.title}</span>
                </Link>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
