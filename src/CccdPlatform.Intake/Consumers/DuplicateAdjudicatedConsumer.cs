using CccdPlatform.Contracts.Biometrics;
using MassTransit;

namespace CccdPlatform.Intake.Consumers;

/// <summary>
/// "Distinct people" needs nothing here: biometrics follows it with BiometricsAccepted. "Same person" holds the
/// application under review, and its history says so.
/// </summary>
public sealed class DuplicateAdjudicatedConsumer(BiometricOutcomes outcomes) : IConsumer<DuplicateAdjudicated>
{
    public const string SamePerson = "SamePerson";

    public Task Consume(ConsumeContext<DuplicateAdjudicated> context) => context.Message.Decision == SamePerson
        ? outcomes.NoteAsync(
            context.Message.ApplicationId,
            $"Adjudication found the same person as application {context.Message.CandidateApplicationId} (case {context.Message.CaseId}); held",
            context.CancellationToken)
        : Task.CompletedTask;
}
