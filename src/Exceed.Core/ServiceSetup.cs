using Exceed.Core.Audit;
using Exceed.Core.Calls;
using Exceed.Core.Channels;
using Exceed.Core.Conversations;
using Exceed.Core.Events;
using Exceed.Core.Privacy;
using Exceed.Core.Customers;
using Exceed.Core.Customers.Duplicates;
using Exceed.Core.Data;
using Exceed.Core.Deadlines;
using Exceed.Core.Notifications;
using Exceed.Core.Import;
using Exceed.Core.Language;
using Exceed.Core.Mailboxes;
using Exceed.Core.Recognition;
using Exceed.Core.Replies;
using Exceed.Core.Search;
using Exceed.Core.Widget;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Core;

/// <summary>The one composition of Exceed's core services, shared by the web app, the CLI and the benchmarks.</summary>
public static class ServiceSetup
{
    public static IServiceCollection AddExceedCore(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection("Exceed:Database").Get<DatabaseSettings>() ?? new DatabaseSettings();
        database.Validate();
        var business = configuration.GetSection("Exceed:Business").Get<BusinessSettings>() ?? new BusinessSettings();
        business.Validate();
        services.AddSingleton(database);
        services.AddSingleton(business);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CustomerChangeWatch>();
        services.AddDbContextPool<ExceedDb>((sp, options) =>
        {
            database.Configure(options);
            options.AddInterceptors(sp.GetRequiredService<CustomerChangeWatch>());
        });
        services.AddSingleton<IdentityNormalizer>();
        services.AddScoped<CustomerFactory>();
        services.AddScoped<AuditLog>();
        services.AddScoped<CustomerService>();
        services.AddScoped<CustomerSearch>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<MergeService>();
        services.AddScoped<IdentityMatcher>();
        services.AddSingleton(configuration.GetSection("Exceed:Recognition").Get<RecognitionSettings>() ?? new RecognitionSettings());
        services.AddSingleton<CardCache>();
        services.AddSingleton<CardRenewals>();
        services.AddScoped<RecognitionService>();
        services.AddScoped<CallService>();
        services.AddScoped<PrivacyService>();
        services.AddExceedEventBus(configuration);
        services.AddScoped<ImportService>();
        var targets = configuration.GetSection("Exceed:Service").Get<ServiceTargets>() ?? new ServiceTargets();
        targets.Validate();
        services.AddSingleton(targets);
        services.AddSingleton(new BusinessCalendar(business.Hours, business.Zone));
        services.AddSingleton<ConversationClock>();
        services.AddSingleton<WriteGate>();
        if (!database.IsPostgres)
        {
            services.AddHostedService<SqliteCheckpointer>();
        }
        services.AddScoped<DeadlineSchedule>();
        services.AddScoped<DeadlineRecipients>();
        services.AddScoped<DeadlineSweep>();
        services.AddScoped<NotificationService>();
        services.AddScoped<ContactIntake>();
        services.AddScoped<IntakeBatch>();
        services.AddSingleton<HotQueries>();
        services.AddSingleton<IntakeQueue>();
        services.AddScoped<CustomerConversations>();
        services.AddScoped<ConversationService>();
        services.AddScoped<Quality.ReplyReviewer>();
        services.AddScoped<Quality.QualityReview>();
        services.AddScoped<InboxQuery>();
        services.AddScoped<ChatThreads>();
        services.AddScoped<WidgetChat>();
        services.AddScoped<WidgetResumeLinks>();
        services.AddScoped<ResumeLinkMail>();
        services.AddSingleton(configuration.GetSection("Exceed:Widget").Get<WidgetSettings>() ?? new WidgetSettings());
        services.AddScoped<ApiChannelService>();
        services.AddSingleton<ApiChannelCache>();
        services.AddScoped<DeliveryRound>();
        services.AddSingleton<Email.MailSender>();
        services.AddSingleton<MailboxCheck>();
        services.AddScoped<MailboxAdmin>();
        services.AddScoped<Email.IInboundMailSink, MailIntake>();
        services.AddScoped<IReplySender, EmailReplySender>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<CustomerDocuments>();
        services.AddSingleton<PhrasebookCache>();
        services.AddScoped<PhrasebookService>();
        services.AddScoped<ReplyContexts>();
        services.AddScoped<CannedReplyService>();
        services.AddScoped<MomentTemplateService>();
        services.AddSingleton<PhraseCompletions>();
        return services;
    }
}
