using CccdPlatform.Integrations.Model;
using FluentValidation;

namespace CccdPlatform.Integrations.Apis;

public sealed class SubscribeValidator : AbstractValidator<Subscribe>
{
    public const int MaxEventTypes = 100;

    public SubscribeValidator(EventCatalog catalog, WebhookPolicy policy)
    {
        RuleFor(s => s.EventTypes).NotEmpty().WithMessage("Name at least one event type.")
            .Must(types => types!.Count <= MaxEventTypes).WithMessage($"Name at most {MaxEventTypes} event types.");
        // Every wrong name is reported, not only the first.
        RuleForEach(s => s.EventTypes).Cascade(CascadeMode.Continue).Custom((name, context) =>
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                context.AddFailure("Name an event type.");
            }
            else if (catalog.IsInternal(name))
            {
                context.AddFailure($"{name} is internal to the platform (it carries personal data): integrators cannot subscribe to it.");
            }
            else if (catalog.Find(name) is null)
            {
                context.AddFailure($"{name} is not a public event. Public events: {string.Join(", ", catalog.Public.Select(e => e.Name))}.");
            }
        });
        RuleFor(s => s.Delivery).NotEmpty()
            .Must(d => DeliveryMethods.TryParse(d, out _)).WithMessage("Use queue or webhook.");
        RuleFor(s => s.WebhookUrl)
            .NotEmpty().WithMessage("A webhook subscription needs the URL to POST to.")
            .Custom((url, context) =>
            {
                if (policy.ProblemWith(url!) is { } problem)
                {
                    context.AddFailure(problem);
                }
            })
            .When(s => DeliveryMethods.TryParse(s.Delivery, out var method) && method == DeliveryMethod.Webhook);
        RuleFor(s => s.WebhookUrl).Empty().WithMessage("Only a webhook subscription takes a URL.")
            .When(s => DeliveryMethods.TryParse(s.Delivery, out var method) && method == DeliveryMethod.Queue);
    }
}
