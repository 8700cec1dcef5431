using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Http;
using FluentValidation;

namespace CccdPlatform.Intake.Apis;

/// <summary>Checks the batch envelope; each item's application is validated on its own so one bad item spoils nothing.</summary>
public sealed class SubmitBatchValidator : AbstractValidator<SubmitBatch>
{
    public const int MaxItems = 1000;
    public const int MaxIdLength = 64;

    public SubmitBatchValidator()
    {
        RuleFor(b => b.BatchId).NotEmpty().MaximumLength(MaxIdLength).OneLine();
        RuleFor(b => b.MachineId).NotEmpty()
            .Must(SubmitApplicationValidator.BeACode!).WithMessage("Use 1 to 32 letters, digits, '-' or '_'.");
        RuleFor(b => b.Items).NotEmpty()
            .Must(items => items!.Count <= MaxItems).WithMessage($"A batch holds at most {MaxItems} items.")
            .Must(items => items!.Select(i => i?.ClientItemId).Distinct().Count() == items!.Count)
            .WithMessage("Each item needs its own clientItemId.");
        RuleForEach(b => b.Items).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.ClientItemId).NotEmpty().MaximumLength(MaxIdLength).OneLine();
            item.RuleFor(i => i.Application).NotNull();
        });
    }
}
