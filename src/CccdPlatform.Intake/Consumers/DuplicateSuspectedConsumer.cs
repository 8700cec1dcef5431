using System.Globalization;
using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Intake.Model;
using MassTransit;

namespace CccdPlatform.Intake.Consumers;

public sealed class DuplicateSuspectedConsumer(BiometricOutcomes outcomes) : IConsumer<DuplicateSuspected>
{
    public Task Consume(ConsumeContext<DuplicateSuspected> context) => outcomes.ApplyAsync(
        context.Message.ApplicationId,
        ApplicationStatus.UnderReview,
        string.Create(CultureInfo.InvariantCulture,
            $"Face similar to application {context.Message.CandidateApplicationId} ({context.Message.Similarity:0.000}); case {context.Message.CaseId}"),
        context.CancellationToken);
}
