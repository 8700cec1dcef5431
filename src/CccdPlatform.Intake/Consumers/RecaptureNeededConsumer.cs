using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Intake.Model;
using MassTransit;

namespace CccdPlatform.Intake.Consumers;

public sealed class RecaptureNeededConsumer(BiometricOutcomes outcomes) : IConsumer<RecaptureNeeded>
{
    public Task Consume(ConsumeContext<RecaptureNeeded> context) => outcomes.ApplyAsync(
        context.Message.ApplicationId,
        ApplicationStatus.RecaptureNeeded,
        Truncate(string.Join("; ", context.Message.Reasons)),
        context.CancellationToken);

    private static string Truncate(string reason) => reason.Length <= 500 ? reason : reason[..497] + "...";
}
