using CccdPlatform.Contracts.Intake;
using CccdPlatform.EIdentification.Infrastructure;
using MassTransit;

namespace CccdPlatform.EIdentification.Consumers;

/// <summary>A delivered card means the citizen now has a chip CCCD, which shortens the deadlines of later requests.</summary>
public sealed class ApplicationStatusChangedConsumer(EIdentificationDbContext db) : IConsumer<ApplicationStatusChanged>
{
    public const string CardDelivered = "CardDelivered";

    public async Task Consume(ConsumeContext<ApplicationStatusChanged> context)
    {
        var message = context.Message;
        if (message.NewStatus != CardDelivered)
        {
            return;
        }

        var application = await db.ApplicationAsync(message.ApplicationId, context.CancellationToken);
        application.CardDeliveredAt ??= message.ChangedAt.ToUniversalTime();
        application.Touch();
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
