using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using CccdPlatform.Identity.Registry;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CccdPlatform.Identity.Pages.Account;

/// <summary>The integrators' clients, for an Admin: register one, give it a new secret, retire it. Secrets show once.</summary>
public sealed class IntegratorsModel(
    UserManager<Officer> users, IntegratorClients clients, IValidator<NewIntegrator> validator, Texts texts) : OfficerPage(users)
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? ClientId { get; set; }

    public IReadOnlyList<Integrator> Integrators { get; private set; } = [];
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Notice { get; private set; }
    public IssuedClientSecret? Issued { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await SignedInAsync() ?? await ListAsync(cancellationToken);

    public Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken) => ChangeAsync(async () =>
    {
        var form = new NewIntegrator(DisplayName, ClientId);
        var validation = await validator.ValidateAsync(form, cancellationToken);
        var outcome = validation.IsValid
            ? await clients.RegisterAsync(Manager, form, cancellationToken)
            : new RegistryOutcome<IssuedClientSecret>(RegistryOutcomeKind.Invalid, Errors: validation.ToDictionary());
        Errors = outcome.Errors ?? Errors;
        (DisplayName, ClientId) = outcome.Item is null ? (DisplayName, ClientId) : (null, null);
        return outcome;
    }, cancellationToken);

    public Task<IActionResult> OnPostSecretAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(() => clients.RotateSecretAsync(Manager, id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRetireAsync(string id, CancellationToken cancellationToken) => ChangeAsync(async () =>
    {
        var outcome = await clients.RetireAsync(Manager, id, cancellationToken);
        return new RegistryOutcome<IssuedClientSecret>(outcome.Kind, Detail: outcome.Detail);
    }, cancellationToken);

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task<IActionResult> ChangeAsync(Func<Task<RegistryOutcome<IssuedClientSecret>>> change, CancellationToken cancellationToken)
    {
        if (await SignedInAsync() is { } elsewhere)
        {
            return elsewhere;
        }

        if (!CanChange)
        {
            return Page();
        }

        var outcome = await change();
        Issued = outcome.Item is { ClientSecret.Length: > 0 } issued ? issued : null;
        Notice = outcome.Kind is RegistryOutcomeKind.Conflict or RegistryOutcomeKind.NotFound
            ? texts["This integrator cannot be changed so."]
            : null;
        return await ListAsync(cancellationToken);
    }

    private async Task<IActionResult> ListAsync(CancellationToken cancellationToken)
    {
        Integrators = CanChange ? await clients.ListAsync(cancellationToken) : [];
        return Page();
    }
}
