package org.parkportal.workflow.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.parkportal.workflow.application.WorkflowStatus;
import org.parkportal.workflow.application.internal.ApprovalOutcomes;
import org.parkportal.workflow.domain.ApprovalStatus;

/**
 * The embedded Camunda engine: on the portal's datasource and inside the same JTA transactions as the services
 * (transactions managed by the container, so a service's JPA writes and its process changes commit or roll back
 * together), its own tables kept up to date by the engine, full history with a time-to-live, and the job executor
 * on the server's managed threads. The models of the bpmn module are deployed at start when they changed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@jakarta.ejb.LocalBean
public class WorkflowEngine implements WorkflowStatus {

    /** The models the bpmn module ships, deployed as one unit (unchanged models are not deployed again). */
    static final List<String> MODELS = List.of("bpmn/approval.bpmn");
    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    private TransactionManager transactionManager;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedThreadFactory threads;

    @jakarta.ejb.EJB
    private ApprovalOutcomes outcomes;

    private volatile ProcessEngine engine;

    @PostConstruct
    void start() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("park-portal");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setHistoryCleanupBatchWindowStartTime("02:00");
        configuration.setHistoryCleanupBatchWindowEndTime("05:00");
        // Ids that stay unique when several nodes share the database.
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutor(new ManagedJobExecutor(executor, threads));
        configuration.setJobExecutorActivate(true);
        // A mutable list: the engine adds its own listeners to it.
        List<BpmnParseListener> parseListeners = new ArrayList<>();
        parseListeners.add(new ApprovalOutcomeListener(e -> outcomes.ended(e.approvalId(),
                ApprovalStatus.ofOutcome(e.outcome()), e.endedBy(), e.comment())));
        configuration.setCustomPostBPMNParseListeners(parseListeners);
        engine = configuration.buildProcessEngine();
        deployModels();
        LOG.info(() -> "Workflow engine started with " + engine.getRepositoryService().createProcessDefinitionQuery()
                .latestVersion().count() + " process definition(s)");
    }

    public ProcessEngine engine() {
        return engine;
    }

    @Override
    public long deployedProcesses() {
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
    }

    private void deployModels() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("park-portal").source("bpmn module").enableDuplicateFiltering(true);
        int found = 0;
        for (String model : MODELS) {
            try (InputStream in = WorkflowEngine.class.getClassLoader().getResourceAsStream(model)) {
                if (in != null) {
                    deployment.addInputStream(model, new java.io.ByteArrayInputStream(in.readAllBytes()));
                    found++;
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the model " + model, e);
            }
        }
        if (found > 0) {
            deployment.deploy();
        }
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }
}
