using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Projections;

/// <summary>The application rows a batch touches, loaded in one query and tracked until the batch saves.</summary>
public sealed class ApplicationStates(ReportingDbContext db, Dictionary<Guid, ApplicationState> rows)
{
    public static async Task<ApplicationStates> LoadAsync(
        ReportingDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        new(db, ids.Count == 0 ? [] : await db.ApplicationStates
            .Where(a => ids.Contains(a.ApplicationId))
            .ToDictionaryAsync(a => a.ApplicationId, cancellationToken));

    public ApplicationState? Find(Guid id) => rows.GetValueOrDefault(id);

    public ApplicationState Add(ApplicationState application)
    {
        db.ApplicationStates.Add(application);
        rows[application.ApplicationId] = application;
        return application;
    }
}
