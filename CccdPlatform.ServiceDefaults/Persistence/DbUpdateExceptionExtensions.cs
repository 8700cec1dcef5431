using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CccdPlatform.ServiceDefaults.Persistence;

public static class DbUpdateExceptionExtensions
{
    /// <summary>True when the save failed because a row with the same unique key exists (on either provider).</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2627 or 2601,
        _ => false,
    };
}
