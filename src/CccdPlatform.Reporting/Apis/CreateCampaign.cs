using CccdPlatform.Reporting.Model;
using FluentValidation;

namespace CccdPlatform.Reporting.Apis;

/// <summary>A named period of the campaign in a unit, e.g. a 3-day holiday; days are Vietnamese calendar days.</summary>
public sealed record CreateCampaign(string? Name, string? UnitCode, DateOnly? From, DateOnly? To);

public sealed class CreateCampaignValidator : AbstractValidator<CreateCampaign>
{
    public CreateCampaignValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.UnitCode).Must(UnitCodes.IsValid).WithMessage("A unit code is 2 (province), 3 (district) or 5 (commune) digits.");
        RuleFor(c => c.From).NotNull();
        RuleFor(c => c.To).NotNull()
            .GreaterThanOrEqualTo(c => c.From).WithMessage("The last day cannot come before the first.")
            .Must((c, to) => to!.Value.DayNumber - c.From!.Value.DayNumber < ReportsApi.MaxDailyDays)
            .WithMessage($"A campaign window lasts at most {ReportsApi.MaxDailyDays} days.")
            .When(c => c.From is not null);
    }
}
