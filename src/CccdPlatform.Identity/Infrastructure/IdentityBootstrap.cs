using CccdPlatform.Identity.Extensions;
using CccdPlatform.Identity.Infrastructure.Keys;
using CccdPlatform.Identity.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Identity.Infrastructure;

/// <summary>
/// Before the first request (after the migrations): the token keys, the configured clients and, on a platform with no
/// Admin, the first one, whose one-time credentials go to the data directory's <c>identity/</c> folder (or, without
/// one, to the log once) and nowhere else.
/// </summary>
internal sealed class IdentityBootstrap(
    IServiceScopeFactory scopes,
    TokenKeyRing keys,
    IOptions<IdentityServiceOptions> options,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<IdentityBootstrap> logger) : IHostedService
{
    public const string CredentialsFile = "bootstrap-admin.txt";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await keys.RefreshAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClientRegistrations>().EnsureAsync(cancellationToken);
        await EnsureAdminAsync(scope.ServiceProvider, cancellationToken);
    }

    private async Task EnsureAdminAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<Officer>>();
        if (await users.Users.AnyAsync(o => o.Role == Roles.Admin, cancellationToken))
        {
            return;
        }

        var settings = options.Value;
        var password = OneTimePassword.New();
        var admin = new Officer
        {
            UserName = settings.BootstrapUserName,
            DisplayName = "Quản trị viên",
            Role = Roles.Admin,
            UnitCode = settings.BootstrapUnitCode,
            MustChangePassword = true,
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the first Admin: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        if (configuration["Data:Directory"] is { Length: > 0 } data)
        {
            var path = Path.Combine(data, "identity", CredentialsFile);
            Write(path, $"user: {admin.UserName}\npassword: {password}\nunit: {admin.UnitCode}\n");
            logger.LogWarning("Created the first Admin {UserName}; the one-time credentials are in {Path}", admin.UserName, path);
        }
        else
        {
            logger.LogWarning("Created the first Admin {UserName} with the one-time password {Password} (change it at the first sign-in)",
                admin.UserName, password);
        }
    }

    private static void Write(string path, string text)
    {
        var directory = Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(text);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
