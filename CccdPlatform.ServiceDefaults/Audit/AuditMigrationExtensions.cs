using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CccdPlatform.ServiceDefaults.Audit;

/// <summary>
/// Makes the audit table append-only in the database itself, so that no code path, bug or hand-typed statement of
/// the service's own login can rewrite history. Migrations that already ran used this SQL: never change it, add a new
/// method and a new migration instead.
/// </summary>
public static class AuditMigrationExtensions
{
    private const string PostgreSqlUp = """
        CREATE FUNCTION "AuditEntriesAreAppendOnly"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'AuditEntries is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER "AuditEntriesAreAppendOnly" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEntries"
            FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntriesAreAppendOnly"();
        """;

    private const string PostgreSqlDown = """
        DROP TRIGGER "AuditEntriesAreAppendOnly" ON "AuditEntries";
        DROP FUNCTION "AuditEntriesAreAppendOnly"();
        """;

    // CREATE TRIGGER must open its batch, and the idempotent script puts every statement inside an IF.
    private const string SqlServerTrigger = """
        EXEC(N'CREATE TRIGGER [AuditEntriesAreAppendOnly] ON [AuditEntries] INSTEAD OF UPDATE, DELETE AS
        BEGIN
            THROW 50000, N''AuditEntries is append-only: UPDATE and DELETE are refused.'', 1;
        END');
        """;

    // SQL Server fires no trigger on TRUNCATE, but refuses to truncate a table that a foreign key references.
    private const string SqlServerTruncateGuard = """
        CREATE TABLE [AuditEntriesTruncateGuard] (
            [AuditEntryId] uniqueidentifier NULL
                CONSTRAINT [FK_AuditEntriesTruncateGuard_AuditEntries] REFERENCES [AuditEntries] ([Id]));
        """;

    public static void MakeAuditEntriesAppendOnly(this MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlServer())
        {
            migrationBuilder.Sql(SqlServerTrigger);
            migrationBuilder.Sql(SqlServerTruncateGuard);
        }
        else
        {
            migrationBuilder.Sql(PostgreSqlUp);
        }
    }

    /// <summary>For the migration's Down, before the table is dropped.</summary>
    public static void DropAuditEntriesAppendOnly(this MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlServer())
        {
            migrationBuilder.Sql("DROP TABLE [AuditEntriesTruncateGuard];");
            migrationBuilder.Sql("DROP TRIGGER [AuditEntriesAreAppendOnly];");
        }
        else
        {
            migrationBuilder.Sql(PostgreSqlDown);
        }
    }
}
