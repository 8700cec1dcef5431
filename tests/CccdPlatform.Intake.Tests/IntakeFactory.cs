using System.Security.Cryptography;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace CccdPlatform.Intake.Tests;

public sealed class IntakeFactory() : ServiceFactory<Program>(IntakeServiceExtensions.DatabaseConnectionName)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Intake:CitizenRefKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }
}
