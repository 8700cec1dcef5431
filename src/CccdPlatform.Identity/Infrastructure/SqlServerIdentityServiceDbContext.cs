using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Identity.Infrastructure;

public sealed class SqlServerIdentityServiceDbContext(DbContextOptions<SqlServerIdentityServiceDbContext> options) : IdentityServiceDbContext(options);
