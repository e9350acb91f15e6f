package org.waypoint.common;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Losing a race to save answers the same way however it was lost: an old version caught by the service, or two
 * saves that met at the database's version column. Both are 412 with the current version and the caller's text.
 */
class StaleSaveProblemTest {

    record Note(String text) {
    }

    /** Stands in for the stored entity whose version the handler reads afresh. */
    static class Stored {
    }

    @RestController
    static class Notes {
        @PutMapping("/notes/{how}")
        Note save(@PathVariable String how, @RequestBody Note note) {
            throw switch (how) {
                case "checked" -> new StaleVersionException("This note", 4);
                default -> new ObjectOptimisticLockingFailureException(Stored.class, 42L);
            };
        }
    }

    final MockMvc mvc;

    StaleSaveProblemTest() {
        EntityManagerFactory entities = mock(EntityManagerFactory.class);
        EntityManager reader = mock(EntityManager.class);
        PersistenceUnitUtil util = mock(PersistenceUnitUtil.class);
        Stored stored = new Stored();
        when(entities.createEntityManager()).thenReturn(reader);
        when(reader.find(Stored.class, 42L)).thenReturn(stored);
        when(entities.getPersistenceUnitUtil()).thenReturn(util);
        when(util.getVersion(any())).thenReturn(4L);
        mvc = MockMvcBuilders.standaloneSetup(new Notes())
                .setControllerAdvice(new ApiProblems(entities), new SubmittedBodies()).build();
    }

    @Test
    void anOldVersionAndADatabaseRaceBothAnswer412WithTheCurrentVersionAndTheCallersText() throws Exception {
        for (String how : new String[] {"checked", "raced"}) {
            mvc.perform(put("/notes/" + how).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"text\":\"What I typed on the bus\"}"))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.currentVersion").value(4))
                    .andExpect(jsonPath("$.submitted.text").value("What I typed on the bus"));
        }
    }
}
