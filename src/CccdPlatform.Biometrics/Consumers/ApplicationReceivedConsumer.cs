using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Contracts.Intake;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Consumers;

/// <summary>
/// Learns which citizen an application belongs to (as intake's opaque reference) and which units may reach it, before
/// its capture arrives.
/// </summary>
public sealed class ApplicationReceivedConsumer(BiometricsDbContext db) : IConsumer<ApplicationReceived>
{
    public async Task Consume(ConsumeContext<ApplicationReceived> context)
    {
        var received = context.Message;
        if (await db.Applications.AnyAsync(a => a.Id == received.ApplicationId, context.CancellationToken))
        {
            return;
        }

        db.Applications.Add(new KnownApplication
        {
            Id = received.ApplicationId,
            CitizenRef = received.CitizenRef,
            RequestKind = received.RequestKind,
            ReceivedAt = received.ReceivedAt,
            CollectingProvinceCode = received.CollectingUnit.ProvinceCode,
            CollectingDistrictCode = received.CollectingUnit.DistrictCode,
            CollectingCommuneCode = received.CollectingUnit.CommuneCode,
            HomeProvinceCode = received.IsCrossProvince ? received.PermanentProvinceCode : null,
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
