package org.parkportal.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.UUID;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.WithTestPortlets;

/**
 * A waiting approval and its timer survive a restart of the server's services (a management "reload": the engine,
 * the EJBs and the deployments start again from the database): the task is still there, and the escalation timer,
 * due while the server was down or soon after, fires and gives the administrators their task.
 */
class WorkflowRestartIT extends WithTestPortlets {

    @Test
    void aWaitingApprovalAndItsEscalationTimerResumeAfterARestart() throws Exception {
        String id = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, new TaskApi.RequestingService(DemoUser.ALICE)
                .requestEscalatingAfter("it-restart", id, "user:bob", "PT15S").status());
        assertTrue(new TaskApi(DemoUser.BOB).task(id, "Decide").isPresent());

        reloadAndWait();

        assertTrue(new TaskApi(DemoUser.BOB).task(id, "Decide").isPresent(), "the waiting task survived the restart");
        TaskApi admin = new TaskApi(DemoUser.ADMIN);
        boolean escalated = false;
        for (int i = 0; i < 60 && !escalated; i++) {
            escalated = admin.tasks("my-groups").stream().anyMatch(t -> id.equals(t.asJsonObject().getString("businessKey", null))
                    && "Approval overdue".equals(t.asJsonObject().getString("name")));
            if (!escalated) {
                Thread.sleep(1000);
            }
        }
        assertTrue(escalated, "the escalation timer fired after the restart and the administrators got their task");
    }

    /** Reloads the server through its management interface (local authentication, as Arquillian connects). */
    private static void reloadAndWait() throws IOException, InterruptedException {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        int port = Integer.getInteger("it.management.port");
        try (ModelControllerClient management = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", port)) {
            management.execute(reload);
        }
        Thread.sleep(2000);
        for (int i = 0; i < 120; i++) {
            try (ModelControllerClient management = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", port)) {
                ModelNode state = new ModelNode();
                state.get("operation").set("read-attribute");
                state.get("address").setEmptyList();
                state.get("name").set("server-state");
                ModelNode answer = management.execute(state);
                if ("running".equals(answer.get("result").asString())) {
                    return;
                }
            } catch (IOException | RuntimeException restarting) {
                // the management interface is down while the server reloads
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the server did not come back after the reload");
    }
}
