using CccdPlatform.Domain;
using CccdPlatform.Identity.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Identity.Registry;

/// <summary>
/// Who may be in a team: officers of the team's unit or a unit under it (an old unit is under the new one it became part of). A subject with no account here is refused,
/// except where <c>Registry:AcceptSubjectsWithoutAccount</c> (Development by default) says otherwise: there
/// <c>/dev/token</c> signs subjects that have no account, and <c>cccd simulate</c> puts them in its teams.
/// </summary>
public sealed class TeamMembership(IdentityServiceDbContext db, UnitMaps maps, IConfiguration configuration, IHostEnvironment environment)
{
    public async Task<Dictionary<string, string[]>?> ErrorsAsync(string teamUnit, IReadOnlyList<string> subjects, CancellationToken cancellationToken)
    {
        var officers = await db.Users.AsNoTracking().Where(o => subjects.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.UnitCode, cancellationToken);
        var withoutAccount = configuration.GetValue("Registry:AcceptSubjectsWithoutAccount", environment.IsDevelopment());
        var errors = new List<string>();
        foreach (var subject in subjects)
        {
            string? error = officers.TryGetValue(subject, out var unit)
                ? maps.Locate(unit) is { } located && maps.IsWithin(located.Path, located.Map, teamUnit)
                    ? null
                    : $"Officer {subject} is of unit {unit}, which is neither unit {teamUnit} nor a unit under it."
                : withoutAccount ? null : $"No officer account has the subject {subject}.";
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        return errors.Count == 0 ? null : new Dictionary<string, string[]> { ["memberSubjects"] = [.. errors] };
    }
}
