using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Intake.Model;
using MassTransit;

namespace CccdPlatform.Intake.Consumers;

public sealed class BiometricsAcceptedConsumer(BiometricOutcomes outcomes) : IConsumer<BiometricsAccepted>
{
    public Task Consume(ConsumeContext<BiometricsAccepted> context) => outcomes.ApplyAsync(
        context.Message.ApplicationId,
        ApplicationStatus.BiometricsAccepted,
        context.Message.Forced ? "Force-accepted by a supervisor" : null,
        context.CancellationToken);
}
