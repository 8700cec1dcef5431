using CccdPlatform.EIdentification.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Infrastructure;

public static class ApplicationRecords
{
    /// <summary>
    /// The record of an application, created by the first event about it. The first events (intake's identity, the
    /// acceptance of biometrics) often arrive at the same moment, each finding no record: the insert leaves a row that
    /// is already there alone instead of failing on its key, and each then updates the one row (the version makes the
    /// later of two updates retry with the other's change).
    /// </summary>
    public static async Task<ApplicationRecord> ApplicationAsync(
        this EIdentificationDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await db.Applications.FindAsync([applicationId], cancellationToken) is { } known)
        {
            return known;
        }

        if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO [Applications] ([ApplicationId], [Version]) SELECT {applicationId}, 0
                WHERE NOT EXISTS (SELECT 1 FROM [Applications] WITH (UPDLOCK, HOLDLOCK) WHERE [ApplicationId] = {applicationId})
                """, cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Applications" ("ApplicationId", "Version") VALUES ({applicationId}, 0) ON CONFLICT DO NOTHING
                """, cancellationToken);
        }

        return await db.Applications.SingleAsync(a => a.ApplicationId == applicationId, cancellationToken);
    }
}
