using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Infrastructure;

public sealed class SqlServerEIdentificationDbContext(DbContextOptions<SqlServerEIdentificationDbContext> options) : EIdentificationDbContext(options);
