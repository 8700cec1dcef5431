using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Integrations.Infrastructure;

public sealed class SqlServerIntegrationsDbContext(DbContextOptions<SqlServerIntegrationsDbContext> options) : IntegrationsDbContext(options);
