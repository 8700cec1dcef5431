using System.Text.Json;
using CccdPlatform.Identity.Extensions;
using CccdPlatform.Identity.Model;
using CccdPlatform.Identity.Registry;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CccdPlatform.Identity.Infrastructure;

/// <summary>
/// Integrators' client-credentials clients that an Admin registers, retires and gives new secrets, kept by OpenIddict's
/// application manager (which hashes the secrets). Who registered a client, when and whether it is retired is kept in
/// the application's properties. Each change commits with its audit entry: the store saves the same context.
/// Clients of <c>Identity:Integrators</c> are listed but left to the configuration, which restores them at every start;
/// citizen apps (<c>Identity:CitizenApps</c>) use the same grant but are no integrators, and are not listed.
/// </summary>
public sealed class IntegratorClients(
    IOpenIddictApplicationManager applications, IdentityServiceDbContext db, AccountAudit audit, TimeProvider clock,
    IOptions<IdentityServiceOptions> options)
{
    public const string Registered = "identity.integrator.registered";
    public const string Retired = "identity.integrator.retired";
    public const string SecretRotated = "identity.integrator.secret-rotated";

    private const string RegistrationProperty = "cccd_integrator";

    public async Task<IReadOnlyList<Integrator>> ListAsync(CancellationToken cancellationToken)
    {
        var integrators = new List<Integrator>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            if (await DescribeAsync(application, cancellationToken) is { } integrator)
            {
                integrators.Add(integrator);
            }
        }

        return integrators.OrderBy(i => i.ClientId, StringComparer.Ordinal).ToList();
    }

    public async Task<Integrator?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
            ? await DescribeAsync(application, cancellationToken)
            : null;

    /// <summary>A new confidential client allowed the client-credentials grant only; the form is already validated.</summary>
    public async Task<RegistryOutcome<IssuedClientSecret>> RegisterAsync(Manager manager, NewIntegrator form, CancellationToken cancellationToken)
    {
        var displayName = form.DisplayName!.Trim();
        var clientId = form.ClientId ?? IntegratorRules.NewClientId(displayName);
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            return RegistryOutcome<IssuedClientSecret>.Invalid("clientId", "This client id is taken.");
        }

        var now = clock.GetUtcNow();
        var secret = IntegratorRules.NewSecret();
        var registration = new Registration(now, manager.Subject, now, null);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            DisplayName = displayName,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        descriptor.Properties[RegistrationProperty] = JsonSerializer.SerializeToElement(registration);
        audit.Change(Registered, manager, clientId, StatusCodes.Status201Created);
        await applications.CreateAsync(descriptor, cancellationToken);
        return new(RegistryOutcomeKind.Created, new IssuedClientSecret(Of(clientId, displayName, registration), secret));
    }

    /// <summary>
    /// For good: no permission left and a secret nobody was shown, so the client-credentials grant answers
    /// <c>invalid_client</c>. Tokens already issued run out within the access-token lifetime.
    /// </summary>
    public Task<RegistryOutcome<Integrator>> RetireAsync(Manager manager, string clientId, CancellationToken cancellationToken) =>
        ChangeAsync(manager, clientId, Retired, (descriptor, registration) =>
        {
            if (registration.RetiredAt is not null)
            {
                return null;
            }

            descriptor.Permissions.Clear();
            descriptor.ClientSecret = IntegratorRules.NewSecret();
            return registration with { RetiredAt = clock.GetUtcNow() };
        }, refuseRetired: false, cancellationToken);

    /// <summary>A new secret, shown once; the old one stops working at once.</summary>
    public async Task<RegistryOutcome<IssuedClientSecret>> RotateSecretAsync(Manager manager, string clientId, CancellationToken cancellationToken)
    {
        var secret = IntegratorRules.NewSecret();
        var outcome = await ChangeAsync(manager, clientId, SecretRotated, (descriptor, registration) =>
        {
            descriptor.ClientSecret = secret;
            return registration with { SecretIssuedAt = clock.GetUtcNow() };
        }, refuseRetired: true, cancellationToken);
        return new(outcome.Kind, outcome.Item is { } integrator ? new IssuedClientSecret(integrator, secret) : null, outcome.Errors, outcome.Detail);
    }

    /// <summary>Applies a change to a registered integrator; null from the change means there is nothing to do.</summary>
    private async Task<RegistryOutcome<Integrator>> ChangeAsync(
        Manager manager, string clientId, string action, Func<OpenIddictApplicationDescriptor, Registration, Registration?> change,
        bool refuseRetired, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application
            || await DescribeAsync(application, cancellationToken) is not { } integrator)
        {
            return new(RegistryOutcomeKind.NotFound);
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        var registration = RegistrationOf(descriptor.Properties);
        var refusal = registration switch
        {
            null => $"Integrator {clientId} is defined in the configuration (Identity:Integrators): change it there.",
            { RetiredAt: not null } when refuseRetired => $"Integrator {clientId} is retired for good.",
            _ => null,
        };
        if (refusal is not null)
        {
            audit.Change(action, manager, clientId, StatusCodes.Status409Conflict);
            await db.SaveChangesAsync(cancellationToken);
            return new(RegistryOutcomeKind.Conflict, Detail: refusal);
        }

        if (change(descriptor, registration!) is not { } changed)
        {
            return new(RegistryOutcomeKind.Unchanged, integrator);
        }

        descriptor.Properties[RegistrationProperty] = JsonSerializer.SerializeToElement(changed);
        audit.Change(action, manager, clientId, StatusCodes.Status200OK);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        return new(RegistryOutcomeKind.Changed, Of(clientId, integrator.DisplayName, changed));
    }

    /// <summary>The integrator an application is, or null for the platform's other clients (browser, device, citizen apps).</summary>
    private async Task<Integrator?> DescribeAsync(object application, CancellationToken cancellationToken)
    {
        var clientId = (await applications.GetClientIdAsync(application, cancellationToken))!;
        if (options.Value.CitizenApps.Any(c => c.ClientId == clientId))
        {
            return null;
        }

        var displayName = await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId;
        if (RegistrationOf(await applications.GetPropertiesAsync(application, cancellationToken)) is { } registration)
        {
            return Of(clientId, displayName, registration);
        }

        return await applications.HasPermissionAsync(application, Permissions.GrantTypes.ClientCredentials, cancellationToken)
            ? new Integrator(clientId, displayName, Integrator.Configured, true, null, null, null, null)
            : null;
    }

    private static Integrator Of(string clientId, string displayName, Registration r) =>
        new(clientId, displayName, Integrator.Registered, r.RetiredAt is null, r.RegisteredAt, r.RegisteredBy, r.SecretIssuedAt, r.RetiredAt);

    private static Registration? RegistrationOf(IReadOnlyDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(RegistrationProperty, out var value) ? value.Deserialize<Registration>() : null;

    private sealed record Registration(DateTimeOffset RegisteredAt, string RegisteredBy, DateTimeOffset SecretIssuedAt, DateTimeOffset? RetiredAt);
}
