using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// The application rows a batch touches: read in one query, written back in one upsert (change tracking a thousand
/// rows costs the projector more than the rest of its batch).
/// </summary>
public sealed class ApplicationStates(Dictionary<Guid, ApplicationState> rows)
{
    private readonly HashSet<Guid> _touched = [];

    public static async Task<ApplicationStates> LoadAsync(
        ReportingDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        new(ids.Count == 0 ? [] : await db.ApplicationStates.AsNoTracking()
            .Where(a => ids.Contains(a.ApplicationId))
            .ToDictionaryAsync(a => a.ApplicationId, cancellationToken));

    /// <summary>The application's row, which the caller may change: it is written back by <see cref="SaveAsync"/>.</summary>
    public ApplicationState? Find(Guid id)
    {
        var row = rows.GetValueOrDefault(id);
        if (row is not null)
        {
            _touched.Add(id);
        }

        return row;
    }

    public ApplicationState Add(ApplicationState application)
    {
        rows[application.ApplicationId] = application;
        _touched.Add(application.ApplicationId);
        return application;
    }

    public Task SaveAsync(ReportingDbContext db, CancellationToken cancellationToken) =>
        ApplicationStateStore.UpsertAsync(db, _touched.Select(id => rows[id]).OrderBy(a => a.ApplicationId).ToList(), cancellationToken);
}
