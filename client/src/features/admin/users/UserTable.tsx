import type { ReactNode } from "react";
import type { UserSummary } from "../../../../../shared/api/users";
import { useLocale, useT } from "../../../i18n/useLocale";
import { DataTable } from "../../../ui/DataTable";
import { UserRow } from "./UserRow";

interface Props {
  users: readonly UserSummary[];
  onUpdated(user: UserSummary, message: ReactNode): void;
}

export function UserTable({ users, onUpdated }: Props) {
  const t = useT();
  const { locale } = useLocale();
  // By name only: a row must not jump away (taking keyboard focus with it) when its account is deactivated.
  const sorted = [...users].sort((a, b) => a.name.localeCompare(b.name, locale));
  const columns = [t("admin.column.name"), t("admin.column.email"), t("admin.column.role"), t("admin.column.groups"), t("admin.column.status"), { label: t("admin.actions"), hidden: true }];
  return (
    <DataTable caption={t("admin.users.caption", { count: users.length })} columns={columns}>
      {sorted.map((user) => (
        <UserRow key={user.id} user={user} onUpdated={onUpdated} />
      ))}
    </DataTable>
  );
}
