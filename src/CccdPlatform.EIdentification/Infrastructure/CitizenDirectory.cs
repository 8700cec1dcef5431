using CccdPlatform.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>The citizens intake recorded, by ID number: how the audit query finds a citizen's pseudonym without the key.</summary>
public sealed class CitizenDirectory(EIdentificationDbContext db) : ICitizenRefResolver
{
    public Task<string?> CitizenRefOfAsync(string personalId, CancellationToken cancellationToken) =>
        db.Citizens.Where(c => c.PersonalId == personalId).Select(c => c.CitizenRef).FirstOrDefaultAsync(cancellationToken);
}
